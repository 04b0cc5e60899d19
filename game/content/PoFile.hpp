// SPDX-License-Identifier: GPL-3.0-or-later
// Translators' files: a language's strings as a gettext catalogue (.po), to
// translate in Poedit or any .po editor, and back into locale/CODE.xml. Each
// string is one entry: its id as the context (msgctxt), the French reference
// as msgid, the translation as msgstr, the note for translators as an
// extracted comment (#.). tools/po runs these through mobi2070.
#pragma once

#include "content/DataError.hpp"
#include "content/StringTable.hpp"

#include <string>
#include <vector>

namespace mobi {

struct PoEntry {
    std::string id, source, translation, note;
    bool fuzzy = false; // "#, fuzzy": a guess not yet checked by the translator
    int line = 0;
};

struct PoCatalogue {
    std::string language, languageName; // from the header (Language, X-Mobi-Language-Name)
    std::vector<PoEntry> entries;       // in the order of the file
};

// The catalogue of `translation` against the French `reference`, in the
// reference's order (then any id the reference lacks); with no translation,
// the template (.pot) every new language starts from.
std::string writePo(const StringTable& reference, const StringTable* translation, const std::string& version);

// Reads a .po file; mistakes are named file:line.
PoCatalogue readPo(const std::string& text, const std::string& name, ErrorList& errors);

// locale/CODE.xml for a catalogue: every entry that has a translation and is
// not fuzzy, in the catalogue's order. `leftOut` gets how many were not.
std::string localeXml(const PoCatalogue& po, int& leftOut);

} // namespace mobi
