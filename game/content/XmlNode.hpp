// SPDX-License-Identifier: GPL-3.0-or-later
// A strict reader over tinyxml2. Every accessor checks what it reads and, on a
// mistake, records "file:line: <element> attribute "x": expected …, found …".
// Loaders read through XmlNode and never touch tinyxml2 directly, so every
// data file in the game gets the same quality of error messages.
#pragma once

#include "content/DataError.hpp"

#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace tinyxml2 {
class XMLDocument;
class XMLElement;
} // namespace tinyxml2

namespace mobi {

class XmlNode {
public:
    XmlNode(const tinyxml2::XMLElement* element, const std::string& file, ErrorList& errors);

    const char* name() const;
    int line() const;
    const std::string& file() const { return *m_file; }

    // Attributes. The "require" forms record an error when the attribute is
    // missing or malformed and return the fallback; the "opt" forms return the
    // declared default when the attribute is absent but still check its value.
    std::string requireString(const char* attr) const;
    std::string optString(const char* attr, const std::string& fallback) const;
    bool has(const char* attr) const;
    double requireNumber(const char* attr, double min, double max) const;
    double optNumber(const char* attr, double fallback, double min, double max) const;
    int requireInt(const char* attr, int min, int max) const;
    int optInt(const char* attr, int fallback, int min, int max) const;
    bool optBool(const char* attr, bool fallback) const;
    // One of a fixed set of words; records the allowed words on a mistake.
    std::string requireChoice(const char* attr, std::initializer_list<const char*> choices) const;

    // Element text, trimmed of surrounding whitespace ("" for an empty element).
    std::string text() const;

    std::vector<XmlNode> children() const;
    std::vector<XmlNode> children(const char* childName) const;
    std::optional<XmlNode> child(const char* childName) const;

    // Reports every attribute and child element not in the given lists, so a
    // typo such as "frition" is caught instead of silently ignored.
    void allowOnly(std::initializer_list<const char*> attributes,
                   std::initializer_list<const char*> childElements) const;

    // Records an error at this element's line.
    void error(const std::string& message) const;
    void errorAt(int line, const std::string& message) const;

private:
    std::string describe(const char* attr) const;

    const tinyxml2::XMLElement* m_element;
    const std::string* m_file;
    ErrorList* m_errors;
};

// Owns a parsed document. Parse errors are recorded with their line.
class XmlDocument {
public:
    ~XmlDocument();
    XmlDocument(XmlDocument&&) noexcept;

    // `name` is the file name shown in errors. Returns nullopt on a parse error.
    static std::optional<XmlDocument> parse(const std::string& text, const std::string& name,
                                            ErrorList& errors);
    static std::optional<XmlDocument> load(const std::string& path, ErrorList& errors);

    // The root element, which must be called `expectedRoot`.
    std::optional<XmlNode> root(const char* expectedRoot, ErrorList& errors) const;
    const std::string& name() const { return *m_name; }

private:
    XmlDocument();
    std::unique_ptr<tinyxml2::XMLDocument> m_doc;
    std::unique_ptr<std::string> m_name; // stable address: XmlNodes point at it
};

// Reads a whole file; returns nullopt when it cannot be opened.
std::optional<std::string> readTextFile(const std::string& path);

} // namespace mobi
