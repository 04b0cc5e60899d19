// SPDX-License-Identifier: GPL-3.0-or-later
// What settings.xml and profiles.xml have in common: the version stamp on the
// root element, what makes a file unreadable ("corrupt"), and lenient readers
// for attribute values.
//
// Unlike the game's data files (strict, see content/XmlNode.hpp), save files
// are read leniently: they were written by some version of the game, possibly
// a newer one, and a child's progress matters more than a tidy file. So an
// unknown attribute or element is ignored, a bad value falls back to its
// default and an out-of-range one is clamped. Only a file that cannot be
// trusted as a whole (not XML, wrong root, missing or unknown version) is
// refused, so the caller can set it aside and fall back to the backup.
#pragma once

#include <string>

#include <tinyxml2.h>

namespace mobi {

// The versions of one kind of save file this build reads, and the one it
// writes. A newer game that changes the meaning of a file raises `current`,
// so that an older game refuses the file instead of misreading it; it keeps
// `oldest` where it still reads what older games wrote (a child's progress
// survives an update).
struct SaveFormat {
    int oldest;
    int current;
};
constexpr SaveFormat kSettingsFormat{1, 1};
// 2: each profile also keeps the choices later levels read and what each level
// put in Mobi's footprint jar.
constexpr SaveFormat kProfilesFormat{1, 2};

// Parses `text` into `doc`. Returns the root element when the document is
// well-formed, its root is called `rootName` and its version attribute is one
// of `format`'s; otherwise returns nullptr and says why in `error` ("line 3:
// …", "version 99 is not one this game reads", …).
const tinyxml2::XMLElement* openSaveRoot(tinyxml2::XMLDocument& doc, const std::string& text,
                                         const char* rootName, SaveFormat format, std::string& error);

// Starts a save document: an XML declaration and the root element stamped
// with the format's current version.
tinyxml2::XMLElement* newSaveRoot(tinyxml2::XMLDocument& doc, const char* rootName, SaveFormat format);

// The document as indented UTF-8 text, readable by a curious adult.
std::string printSaveDocument(const tinyxml2::XMLDocument& doc);

// Lenient attribute readers: a missing or malformed value gives `fallback`;
// a number outside [min, max] is clamped into it.
int readClampedInt(const tinyxml2::XMLElement& e, const char* attr, int fallback, int min, int max);
bool readBool(const tinyxml2::XMLElement& e, const char* attr, bool fallback);
std::string readString(const tinyxml2::XMLElement& e, const char* attr, const std::string& fallback);

// Booleans are always written as "true"/"false", whatever tinyxml2's global
// bool serialisation is set to.
inline const char* boolText(bool value) { return value ? "true" : "false"; }

// True for 1..maxLength characters among A–Z a–z 0–9 _ -. Used for values
// that may end up in a file name or a lookup (a language code, a level id).
bool isPlainId(const std::string& text, std::size_t maxLength);

} // namespace mobi
