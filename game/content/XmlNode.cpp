// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/XmlNode.hpp"

#include <tinyxml2.h>

#include <charconv>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace mobi {
namespace {

// Locale-independent number parsing: a French system locale must not turn
// "0.5" into an error (strtod would expect "0,5").
bool parseDouble(const char* s, double& out) {
    const char* end = s + std::strlen(s);
    auto result = std::from_chars(s, end, out);
    return result.ec == std::errc() && result.ptr == end && s != end;
}

bool parseInt(const char* s, int& out) {
    const char* end = s + std::strlen(s);
    if (*s == '+') ++s;
    auto result = std::from_chars(s, end, out);
    return result.ec == std::errc() && result.ptr == end && s != end;
}

std::string formatNumber(double v) {
    std::ostringstream os;
    os << v;
    return os.str();
}

bool contains(std::initializer_list<const char*> list, const char* word) {
    for (const char* w : list)
        if (std::strcmp(w, word) == 0) return true;
    return false;
}

std::string joinQuoted(std::initializer_list<const char*> list) {
    std::string out;
    for (const char* w : list) {
        if (!out.empty()) out += ", ";
        out += std::string("\"") + w + "\"";
    }
    return out.empty() ? "nothing" : out;
}

} // namespace

XmlNode::XmlNode(const tinyxml2::XMLElement* element, const std::string& file, ErrorList& errors)
    : m_element(element), m_file(&file), m_errors(&errors) {}

const char* XmlNode::name() const { return m_element->Name(); }
int XmlNode::line() const { return m_element->GetLineNum(); }

void XmlNode::error(const std::string& message) const { m_errors->add(*m_file, line(), message); }
void XmlNode::errorAt(int atLine, const std::string& message) const {
    m_errors->add(*m_file, atLine, message);
}

std::string XmlNode::describe(const char* attr) const {
    return std::string("<") + name() + "> attribute \"" + attr + "\"";
}

bool XmlNode::has(const char* attr) const { return m_element->Attribute(attr) != nullptr; }

std::string XmlNode::requireString(const char* attr) const {
    const char* v = m_element->Attribute(attr);
    if (!v) {
        error(describe(attr) + ": expected a value, found nothing (the attribute is missing)");
        return {};
    }
    if (*v == '\0') error(describe(attr) + ": expected a value, found an empty string");
    return v;
}

std::string XmlNode::optString(const char* attr, const std::string& fallback) const {
    const char* v = m_element->Attribute(attr);
    return v ? std::string(v) : fallback;
}

double XmlNode::optNumber(const char* attr, double fallback, double min, double max) const {
    const tinyxml2::XMLAttribute* a = m_element->FindAttribute(attr);
    if (!a) return fallback;
    double v = 0;
    if (!parseDouble(a->Value(), v)) {
        errorAt(a->GetLineNum(), describe(attr) + ": expected a number, found \"" + a->Value() + "\"");
        return fallback;
    }
    if (v < min || v > max) {
        errorAt(a->GetLineNum(), describe(attr) + ": expected a number from " + formatNumber(min) + " to " +
                                     formatNumber(max) + ", found " + a->Value());
        return fallback;
    }
    return v;
}

double XmlNode::requireNumber(const char* attr, double min, double max) const {
    if (!has(attr)) {
        error(describe(attr) + ": expected a number from " + formatNumber(min) + " to " + formatNumber(max) +
              ", found nothing (the attribute is missing)");
        return min;
    }
    return optNumber(attr, min, min, max);
}

int XmlNode::optInt(const char* attr, int fallback, int min, int max) const {
    const tinyxml2::XMLAttribute* a = m_element->FindAttribute(attr);
    if (!a) return fallback;
    int v = 0;
    if (!parseInt(a->Value(), v)) {
        errorAt(a->GetLineNum(), describe(attr) + ": expected a whole number, found \"" + a->Value() + "\"");
        return fallback;
    }
    if (v < min || v > max) {
        errorAt(a->GetLineNum(), describe(attr) + ": expected a whole number from " + std::to_string(min) +
                                     " to " + std::to_string(max) + ", found " + a->Value());
        return fallback;
    }
    return v;
}

int XmlNode::requireInt(const char* attr, int min, int max) const {
    if (!has(attr)) {
        error(describe(attr) + ": expected a whole number from " + std::to_string(min) + " to " +
              std::to_string(max) + ", found nothing (the attribute is missing)");
        return min;
    }
    return optInt(attr, min, min, max);
}

bool XmlNode::optBool(const char* attr, bool fallback) const {
    const tinyxml2::XMLAttribute* a = m_element->FindAttribute(attr);
    if (!a) return fallback;
    std::string v = a->Value();
    if (v == "true" || v == "yes" || v == "1") return true;
    if (v == "false" || v == "no" || v == "0") return false;
    errorAt(a->GetLineNum(), describe(attr) + ": expected true or false, found \"" + v + "\"");
    return fallback;
}

std::string XmlNode::requireChoice(const char* attr, std::initializer_list<const char*> choices) const {
    const tinyxml2::XMLAttribute* a = m_element->FindAttribute(attr);
    if (!a) {
        error(describe(attr) + ": expected one of " + joinQuoted(choices) +
              ", found nothing (the attribute is missing)");
        return {};
    }
    if (!contains(choices, a->Value())) {
        errorAt(a->GetLineNum(), describe(attr) + ": expected one of " + joinQuoted(choices) + ", found \"" +
                                     a->Value() + "\"");
        return {};
    }
    return a->Value();
}

std::string XmlNode::text() const {
    const char* t = m_element->GetText();
    if (!t) return {};
    std::string s(t);
    const char* ws = " \t\r\n";
    auto first = s.find_first_not_of(ws);
    if (first == std::string::npos) return {};
    auto last = s.find_last_not_of(ws);
    return s.substr(first, last - first + 1);
}

std::vector<XmlNode> XmlNode::children() const {
    std::vector<XmlNode> out;
    for (auto* c = m_element->FirstChildElement(); c; c = c->NextSiblingElement())
        out.emplace_back(c, *m_file, *m_errors);
    return out;
}

std::vector<XmlNode> XmlNode::children(const char* childName) const {
    std::vector<XmlNode> out;
    for (auto* c = m_element->FirstChildElement(childName); c; c = c->NextSiblingElement(childName))
        out.emplace_back(c, *m_file, *m_errors);
    return out;
}

std::optional<XmlNode> XmlNode::child(const char* childName) const {
    if (auto* c = m_element->FirstChildElement(childName)) return XmlNode(c, *m_file, *m_errors);
    return std::nullopt;
}

void XmlNode::allowOnly(std::initializer_list<const char*> attributes,
                        std::initializer_list<const char*> childElements) const {
    for (auto* a = m_element->FirstAttribute(); a; a = a->Next()) {
        if (!contains(attributes, a->Name()))
            errorAt(a->GetLineNum(), std::string("<") + name() + ">: unknown attribute \"" + a->Name() +
                                         "\" (expected " + joinQuoted(attributes) + ")");
    }
    for (auto* c = m_element->FirstChildElement(); c; c = c->NextSiblingElement()) {
        if (!contains(childElements, c->Name()))
            errorAt(c->GetLineNum(), std::string("<") + name() + ">: unknown element <" + c->Name() +
                                         "> (expected " + joinQuoted(childElements) + ")");
    }
}

XmlDocument::XmlDocument() : m_doc(std::make_unique<tinyxml2::XMLDocument>()) {}
XmlDocument::~XmlDocument() = default;
XmlDocument::XmlDocument(XmlDocument&&) noexcept = default;

std::optional<XmlDocument> XmlDocument::parse(const std::string& text, const std::string& name,
                                              ErrorList& errors) {
    XmlDocument doc;
    doc.m_name = std::make_unique<std::string>(name);
    if (doc.m_doc->Parse(text.data(), text.size()) != tinyxml2::XML_SUCCESS) {
        const char* why = doc.m_doc->ErrorStr();
        errors.add(name, doc.m_doc->ErrorLineNum(),
                   std::string("expected well-formed XML, found a syntax error (") + (why ? why : "unknown") +
                       ")");
        return std::nullopt;
    }
    return doc;
}

std::optional<XmlDocument> XmlDocument::load(const std::string& path, ErrorList& errors) {
    auto text = readTextFile(path);
    if (!text) {
        errors.add(path, 0, "cannot open the file (is it missing?)");
        return std::nullopt;
    }
    return parse(*text, path, errors);
}

std::optional<XmlNode> XmlDocument::root(const char* expectedRoot, ErrorList& errors) const {
    const tinyxml2::XMLElement* r = m_doc->RootElement();
    if (!r) {
        errors.add(*m_name, 1, std::string("expected a <") + expectedRoot + "> element, found an empty file");
        return std::nullopt;
    }
    if (std::strcmp(r->Name(), expectedRoot) != 0) {
        errors.add(*m_name, r->GetLineNum(),
                   std::string("expected the root element <") + expectedRoot + ">, found <" + r->Name() +
                       ">");
        return std::nullopt;
    }
    return XmlNode(r, *m_name, errors);
}

std::optional<std::string> readTextFile(const std::string& path) {
    // u8path: paths are UTF-8 everywhere in the game, also on Windows.
    std::ifstream in(std::filesystem::u8path(path), std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

} // namespace mobi
