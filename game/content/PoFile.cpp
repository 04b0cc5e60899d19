// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/PoFile.hpp"

#include <tinyxml2.h>

#include <algorithm>
#include <sstream>

namespace mobi {
namespace {

// A text as a .po string: escaped, and split after each line break as gettext does.
std::string poString(const std::string& text) {
    std::string escaped;
    std::vector<std::string> lines(1);
    for (char c : text) {
        switch (c) {
        case '\\':
            lines.back() += "\\\\";
            break;
        case '"':
            lines.back() += "\\\"";
            break;
        case '\t':
            lines.back() += "\\t";
            break;
        case '\n':
            lines.back() += "\\n";
            lines.emplace_back();
            break;
        default:
            lines.back() += c;
        }
    }
    if (lines.size() > 1 && lines.back().empty()) lines.pop_back();
    if (lines.size() == 1) return "\"" + lines[0] + "\"";
    std::string out = "\"\"";
    for (const std::string& l : lines)
        out += "\n\"" + l + "\"";
    return out;
}

std::vector<std::pair<std::string, const StringEntry*>> inFileOrder(const StringTable& table) {
    std::vector<std::pair<std::string, const StringEntry*>> entries;
    for (const auto& [id, entry] : table.entries)
        entries.emplace_back(id, &entry);
    std::sort(entries.begin(), entries.end(),
              [](const auto& a, const auto& b) { return a.second->line < b.second->line; });
    return entries;
}

void writeEntry(std::ostringstream& out, const std::string& id, const std::string& note,
                const std::string& source, const std::string& translation) {
    out << "\n";
    if (!note.empty()) {
        std::istringstream lines(note);
        for (std::string line; std::getline(lines, line);)
            out << "#. " << line << "\n";
    }
    out << "msgctxt " << poString(id) << "\n";
    out << "msgid " << poString(source) << "\n";
    out << "msgstr " << poString(translation) << "\n";
}

// The value of one header field ("Language: en\n"), or "".
std::string headerField(const std::string& header, const std::string& field) {
    std::istringstream lines(header);
    for (std::string line; std::getline(lines, line);)
        if (line.rfind(field + ":", 0) == 0) {
            std::string value = line.substr(field.size() + 1);
            value.erase(0, value.find_first_not_of(' '));
            return value;
        }
    return "";
}

} // namespace

std::string writePo(const StringTable& reference, const StringTable* translation,
                    const std::string& version) {
    std::ostringstream out;
    const bool pot = translation == nullptr;
    out << "# Mobi 2070: the player-visible texts, "
        << (pot ? "template for a new language" : translation->languageName) << ".\n"
        << "# Made by tools/po from locale/fr.xml"
        << (pot ? "" : " and locale/" + translation->language + ".xml")
        << "; tools/po import turns it back into locale/CODE.xml.\n"
        << "# Each msgctxt is the text's id: keep it. Keep every {placeholder} as it is.\n"
        << "# This file is under CC BY-SA 4.0, as the game's texts.\n"
        << "msgid \"\"\n"
        << "msgstr \"\"\n"
        << "\"Project-Id-Version: Mobi 2070 " << version << "\\n\"\n"
        << "\"Language: " << (pot ? "" : translation->language) << "\\n\"\n"
        << "\"MIME-Version: 1.0\\n\"\n"
        << "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
        << "\"Content-Transfer-Encoding: 8bit\\n\"\n"
        << "\"X-Mobi-Language-Name: " << (pot ? "" : translation->languageName) << "\\n\"\n";
    for (const auto& [id, entry] : inFileOrder(reference)) {
        const StringEntry* own = pot ? nullptr : translation->find(id);
        writeEntry(out, id, own && !own->note.empty() ? own->note : entry->note, entry->text,
                   own ? own->text : "");
    }
    if (!pot) // ids the reference lacks: kept, with their own text as the source
        for (const auto& [id, entry] : inFileOrder(*translation))
            if (!reference.find(id)) writeEntry(out, id, entry->note, entry->text, entry->text);
    return out.str();
}

PoCatalogue readPo(const std::string& text, const std::string& name, ErrorList& errors) {
    PoCatalogue po;
    PoEntry current;
    std::string* field = nullptr; // the string continued by a line that starts with a quote
    bool any = false, headerSeen = false;
    auto finish = [&]() {
        if (!any) return;
        if (current.id.empty() && current.source.empty()) { // the header
            po.language = headerField(current.translation, "Language");
            po.languageName = headerField(current.translation, "X-Mobi-Language-Name");
            headerSeen = true;
        } else if (current.id.empty()) {
            errors.add(name, current.line, "expected a msgctxt with the text's id, found none");
        } else {
            po.entries.push_back(current);
        }
        current = PoEntry{};
        field = nullptr;
        any = false;
    };
    // A quoted .po string, unescaped; false when it is not one.
    auto unquote = [](const std::string& s, std::string& value) {
        const std::size_t first = s.find('"'), last = s.rfind('"');
        if (first == std::string::npos || last == first) return false;
        value.clear();
        for (std::size_t i = first + 1; i < last; ++i) {
            if (s[i] != '\\' || i + 1 >= last) {
                value += s[i];
                continue;
            }
            const char e = s[++i];
            value += e == 'n' ? '\n' : e == 't' ? '\t' : e;
        }
        return true;
    };
    std::istringstream lines(text);
    int lineNumber = 0;
    for (std::string line; std::getline(lines, line);) {
        ++lineNumber;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) {
            finish();
            continue;
        }
        auto begin = [&](std::string& target, std::size_t keyword) {
            std::string value;
            if (!unquote(line.substr(keyword), value)) {
                errors.add(name, lineNumber, "expected a quoted string, found " + line);
                return;
            }
            target = value;
            field = &target;
        };
        if (line.rfind("#.", 0) == 0) {
            if (any && field) finish(); // a comment after an entry without a blank line starts the next
            std::string note = line.substr(2);
            if (!note.empty() && note[0] == ' ') note.erase(0, 1);
            current.note += (current.note.empty() ? "" : "\n") + note;
            if (!any) current.line = lineNumber;
            any = true;
        } else if (line.rfind("#,", 0) == 0) {
            current.fuzzy |= line.find("fuzzy") != std::string::npos;
            if (!any) current.line = lineNumber;
            any = true;
        } else if (line[0] == '#') {
            continue; // translator and reference comments
        } else if (line.rfind("msgctxt", 0) == 0) {
            if (any && field) finish();
            if (!any) current.line = lineNumber;
            any = true;
            begin(current.id, 7);
        } else if (line.rfind("msgid_plural", 0) == 0) {
            errors.add(name, lineNumber, "expected no plural forms (the game has none), found msgid_plural");
        } else if (line.rfind("msgid", 0) == 0) {
            if (field == &current.translation) finish();
            if (!any) current.line = lineNumber;
            any = true;
            begin(current.source, 5);
        } else if (line.rfind("msgstr", 0) == 0) {
            any = true;
            begin(current.translation, 6);
        } else if (line[0] == '"' && field) {
            std::string more;
            if (unquote(line, more))
                *field += more;
            else
                errors.add(name, lineNumber, "expected a quoted string, found " + line);
        } else {
            errors.add(name, lineNumber,
                       "expected msgctxt, msgid, msgstr, a comment or a quoted string, found " + line);
        }
    }
    finish();
    if (!headerSeen || po.language.empty())
        errors.add(name, 1, "expected a header entry with \"Language: CODE\" (the language's code, e.g. de)");
    if (po.languageName.empty())
        errors.add(name, 1,
                   "expected \"X-Mobi-Language-Name: NAME\" in the header (the language's own name, "
                   "as Settings lists it, e.g. Deutsch)");
    return po;
}

std::string localeXml(const PoCatalogue& po, int& leftOut) {
    // tinyxml2 writes it, so every & < > " in a translation is escaped as the loader expects.
    tinyxml2::XMLDocument doc;
    doc.InsertEndChild(doc.NewDeclaration());
    doc.InsertEndChild(doc.NewComment(" SPDX-License-Identifier: CC-BY-SA-4.0 "));
    doc.InsertEndChild(
        doc.NewComment(" Mobi 2070, player-visible text. Made by tools/po import from a .po "
                       "catalogue; one <string> per id, \"note\" tells translators where the text "
                       "appears. Placeholders in {braces} must be kept. "));
    tinyxml2::XMLElement* root = doc.NewElement("strings");
    root->SetAttribute("lang", po.language.c_str());
    root->SetAttribute("name", po.languageName.c_str());
    root->SetAttribute("version", 1);
    doc.InsertEndChild(root);
    leftOut = 0;
    for (const PoEntry& e : po.entries) {
        if (e.translation.empty() || e.fuzzy) {
            ++leftOut; // shown in French until it is translated and checked
            continue;
        }
        tinyxml2::XMLElement* string = doc.NewElement("string");
        string->SetAttribute("id", e.id.c_str());
        if (!e.note.empty()) string->SetAttribute("note", e.note.c_str());
        string->SetText(e.translation.c_str());
        root->InsertEndChild(string);
    }
    tinyxml2::XMLPrinter printer;
    doc.Print(&printer);
    return printer.CStr();
}

} // namespace mobi
