// SPDX-License-Identifier: GPL-3.0-or-later
#include "save/SaveXmlFormat.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace mobi {

namespace {

// Whole-string integer parse (surrounding spaces allowed). tinyxml2's own
// QueryIntAttribute accepts "40abc" as 40 and overflows silently; here huge
// values saturate so that they clamp to the top of the range.
bool parseInteger(const char* text, long long& out) {
    if (!text) return false;
    errno = 0;
    char* end = nullptr;
    const long long value = std::strtoll(text, &end, 10);
    if (end == text) return false;
    while (*end == ' ' || *end == '\t')
        ++end;
    if (*end != '\0') return false;
    out = value; // on ERANGE strtoll gives LLONG_MIN/LLONG_MAX, which clamp correctly
    return true;
}

} // namespace

const tinyxml2::XMLElement* openSaveRoot(tinyxml2::XMLDocument& doc, const std::string& text,
                                         const char* rootName, SaveFormat format, std::string& error) {
    if (text.empty()) {
        error = "the file is empty";
        return nullptr;
    }
    if (doc.Parse(text.data(), text.size()) != tinyxml2::XML_SUCCESS) {
        const char* why = doc.ErrorStr();
        error = "not well-formed XML (line " + std::to_string(doc.ErrorLineNum()) +
                "): " + (why ? why : "unknown error");
        return nullptr;
    }
    const tinyxml2::XMLElement* root = doc.RootElement();
    if (!root) {
        error = "no root element";
        return nullptr;
    }
    if (std::strcmp(root->Name(), rootName) != 0) {
        error = std::string("root element is <") + root->Name() + ">, expected <" + rootName + ">";
        return nullptr;
    }
    long long version = 0;
    const char* versionText = root->Attribute("version");
    if (!versionText) {
        error = std::string("<") + rootName + "> has no version attribute";
        return nullptr;
    }
    if (!parseInteger(versionText, version) || version < format.oldest || version > format.current) {
        // A newer game may have changed what the values mean: reading on
        // could mix up progress, so the file is treated as unreadable (and
        // kept aside, not lost: a newer game can still read it).
        const std::string reads = format.oldest == format.current ? std::to_string(format.current)
                                                                  : std::to_string(format.oldest) + " to " +
                                                                        std::to_string(format.current);
        error = std::string("version \"") + versionText + "\" is not one this game reads (it reads " + reads +
                ")";
        return nullptr;
    }
    return root;
}

tinyxml2::XMLElement* newSaveRoot(tinyxml2::XMLDocument& doc, const char* rootName, SaveFormat format) {
    doc.InsertEndChild(doc.NewDeclaration()); // <?xml version="1.0" encoding="UTF-8"?>
    tinyxml2::XMLElement* root = doc.NewElement(rootName);
    root->SetAttribute("version", format.current);
    doc.InsertEndChild(root);
    return root;
}

std::string printSaveDocument(const tinyxml2::XMLDocument& doc) {
    tinyxml2::XMLPrinter printer;
    doc.Print(&printer);
    return std::string(printer.CStr());
}

int readClampedInt(const tinyxml2::XMLElement& e, const char* attr, int fallback, int min, int max) {
    long long value = 0;
    if (!parseInteger(e.Attribute(attr), value)) return fallback;
    if (value < min) return min;
    if (value > max) return max;
    return static_cast<int>(value);
}

bool readBool(const tinyxml2::XMLElement& e, const char* attr, bool fallback) {
    const char* text = e.Attribute(attr);
    if (!text) return fallback;
    const std::string v = text;
    if (v == "true" || v == "1" || v == "yes") return true;
    if (v == "false" || v == "0" || v == "no") return false;
    return fallback;
}

std::string readString(const tinyxml2::XMLElement& e, const char* attr, const std::string& fallback) {
    const char* text = e.Attribute(attr);
    return text ? std::string(text) : fallback;
}

bool isPlainId(const std::string& text, std::size_t maxLength) {
    if (text.empty() || text.size() > maxLength) return false;
    for (char c : text) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                        c == '_' || c == '-';
        if (!ok) return false;
    }
    return true;
}

} // namespace mobi
