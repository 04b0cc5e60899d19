// SPDX-License-Identifier: GPL-3.0-or-later
// What every page of the teacher guide shares: HTML escaping, the style sheet
// (readable on screen and printed in black and white on A4), texts and source
// lines of the language, and facts in their natural order.
#include "guide/GuidePages.hpp"
#include "guide/TeacherGuide.hpp"

#include "core/NumberFormat.hpp"

#include <algorithm>
#include <cctype>
#include <sstream>
#include <tuple>

namespace mobi {

std::string escapeHtml(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        case '\n':
            out += "<br>";
            break;
        default:
            out += c;
        }
    }
    return out;
}

const char* guideStyle() {
    // Black text on white, marks that do not need colour (✔ and bold, boxes,
    // borders), sizes in points for print, one section a sheet of A4.
    return R"(<style>
@page { size: A4; margin: 14mm 15mm; }
body { font-family: "Andika", "DejaVu Sans", "Liberation Sans", Arial, sans-serif; max-width: 48em; margin: 1.5em auto; padding: 0 1em; color: #000; line-height: 1.45; font-size: 11.5pt; }
h1 { font-size: 19pt; border-bottom: 3px solid #000; padding-bottom: 0.15em; margin: 0 0 0.6em; }
h2 { font-size: 14pt; margin: 1.2em 0 0.4em; border-bottom: 1px solid #000; }
h3 { font-size: 12pt; margin: 0.9em 0 0.3em; }
.card { border: 2px solid #000; border-radius: 8px; padding: 0.3em 1em; margin: 0.6em 0; }
.note { border: 2px dashed #000; padding: 0.3em 0.9em; margin: 0.6em 0; }
.source { font-size: 9.5pt; color: #222; font-style: italic; }
.right { font-weight: bold; }
.tag { font-size: 9pt; border: 1px solid #000; border-radius: 3px; padding: 0 0.3em; white-space: nowrap; }
.q { border-left: 4px solid #000; padding-left: 0.7em; margin: 0.9em 0; break-inside: avoid; page-break-inside: avoid; }
.q ul, .q ol { margin: 0.2em 0; }
table { border-collapse: collapse; margin: 0.4em 0; width: 100%; }
td, th { border: 1px solid #000; padding: 0.2em 0.5em; text-align: left; vertical-align: top; }
th { background: #eee; }
.code { font-size: 22pt; font-weight: bold; letter-spacing: 0.15em; }
.pupil { font-size: 13pt; line-height: 1.4; }
.pupil h1 { font-size: 16pt; }
.pupil p { margin: 0.25em 0; }
.pupil .q { border-left: none; border: 1.5px solid #000; border-radius: 6px; padding: 0.2em 0.8em; margin: 0.55em 0; }
.pupil ul { list-style: none; padding-left: 0.3em; margin: 0.2em 0; }
.pupil li { margin: 0.15em 0; }
.codes td { text-align: center; }
.box { display: inline-block; width: 0.95em; height: 0.95em; border: 2px solid #000; vertical-align: -0.12em; margin-right: 0.5em; }
.numbox { display: inline-block; width: 1.8em; height: 1.3em; border: 2px solid #000; vertical-align: -0.3em; margin-right: 0.5em; }
.line { display: inline-block; border-bottom: 1.5px solid #000; width: 10em; height: 1.2em; }
.line.long { width: 16em; }
.who { display: flex; gap: 2em; margin-bottom: 0.6em; }
.footer { font-size: 9pt; margin-top: 1.5em; }
section.sheet + section.sheet, .newpage { break-before: page; page-break-before: always; }
@media print { body { margin: 0; max-width: none; padding: 0; } h2, h3 { break-after: avoid; page-break-after: avoid; } a { color: #000; text-decoration: none; } }
</style>)";
}

std::string GuideData::t(const std::string& id) const { return escapeHtml(strings.get(id)); }

std::string GuideData::t(const std::string& id, const TextParams& params) const {
    return escapeHtml(strings.get(id, params));
}

std::string GuideData::source(const std::string& factId) const {
    const Fact* f = facts.find(factId);
    if (!f) return "";
    return "<div class=\"source\">" +
           t("guide.fact_source", {{"id", factId}, {"source", sourceOf(*f, strings)}}) + "</div>";
}

std::string GuideData::number(float value) const {
    return formatNumber(value, strings.get("format.thousands"));
}

int GuideData::builtCount() const {
    return static_cast<int>(
        std::count_if(stages.begin(), stages.end(), [](const GuideStage& s) { return s.level.has_value(); }));
}

bool factIdLess(const std::string& a, const std::string& b) {
    static const std::string families = "GEMTUFR"; // the order of FACTS.md
    auto split = [](const std::string& id) {
        std::size_t i = 0;
        while (i < id.size() && !std::isdigit(static_cast<unsigned char>(id[i])))
            ++i;
        const std::string letters = id.substr(0, i);
        const std::size_t family = letters.size() == 1 ? families.find(letters[0]) : std::string::npos;
        long n = 0;
        for (std::size_t k = i; k < id.size() && std::isdigit(static_cast<unsigned char>(id[k])); ++k)
            n = n * 10 + (id[k] - '0');
        return std::make_tuple(family == std::string::npos ? families.size() : family, letters, n, id);
    };
    return split(a) < split(b);
}

std::vector<std::string> naturalFactOrder(const std::set<std::string>& ids) {
    std::vector<std::string> out(ids.begin(), ids.end());
    std::sort(out.begin(), out.end(), factIdLess);
    return out;
}

std::string factList(const GuideData& g, const std::set<std::string>& ids) {
    std::ostringstream out;
    out << "<ul>\n";
    for (const auto& id : naturalFactOrder(ids)) {
        const Fact* f = g.facts.find(id);
        if (!f || f->tag == 'U') continue; // an unverified fact is never shown
        out << "<li><b>" << escapeHtml(id) << "</b> <span class=\"tag\">" << f->tag << "</span> "
            << g.t("fact." + id) << g.source(id) << "</li>\n";
    }
    out << "</ul>\n";
    return out.str();
}

} // namespace mobi
