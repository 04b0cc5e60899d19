// SPDX-License-Identifier: GPL-3.0-or-later
#include "narration/Pronunciation.hpp"

#include "content/XmlNode.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace mobi {
namespace {

// A byte of a word: ASCII letters and digits, and every byte of a non-ASCII
// character (accented letters), so "CO2é" is one word.
bool wordByte(char c) {
    const auto b = static_cast<unsigned char>(c);
    return b >= 0x80 || (b >= '0' && b <= '9') || (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z');
}

bool wholeWordAt(const std::string& text, std::size_t at, const std::string& word) {
    if (word.empty() || text.compare(at, word.size(), word) != 0) return false;
    const bool startOk = at == 0 || !wordByte(text[at - 1]) || !wordByte(word.front());
    const std::size_t end = at + word.size();
    const bool endOk = end >= text.size() || !wordByte(text[end]) || !wordByte(word.back());
    return startOk && endOk;
}

} // namespace

PronunciationTable loadPronunciation(const std::string& text, const std::string& name, ErrorList& errors) {
    PronunciationTable table;
    auto doc = XmlDocument::parse(text, name, errors);
    if (!doc) return table;
    auto root = doc->root("pronounce", errors);
    if (!root) return table;
    root->allowOnly({"version", "wordsPerMinute", "pitch"}, {"say"});
    root->requireInt("version", 1, 1);
    // eSpeak NG reads from 80 to 450 words a minute; a child needs the low end.
    table.style.wordsPerMinute = root->optInt("wordsPerMinute", table.style.wordsPerMinute, 80, 250);
    table.style.pitch = root->optInt("pitch", table.style.pitch, 0, 100);
    for (const XmlNode& say : root->children("say")) {
        say.allowOnly({"written", "spoken"}, {});
        Respelling r{say.requireString("written"), say.requireString("spoken"), say.line()};
        if (r.written.empty()) say.error("<say> attribute \"written\": expected a word, found nothing");
        table.entries.push_back(r);
    }
    return table;
}

std::map<std::string, PronunciationTable> loadPronunciations(const std::string& pronounceDir,
                                                             ErrorList& errors) {
    std::map<std::string, PronunciationTable> tables;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::u8path(pronounceDir), ec)) {
        if (entry.path().extension() != ".xml") continue;
        std::ifstream in(entry.path(), std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        tables[entry.path().stem().u8string()] =
            loadPronunciation(text.str(), entry.path().u8string(), errors);
    }
    return tables;
}

RespelledText respell(const std::string& shown, const PronunciationTable& table) {
    RespelledText r;
    std::size_t copiedFrom = 0; // start of the shown text not yet in a piece
    auto copyUpTo = [&](std::size_t end) {
        if (end <= copiedFrom) return;
        r.pieces.push_back({r.spoken.size(), end - copiedFrom, copiedFrom, end - copiedFrom, false});
        r.spoken.append(shown, copiedFrom, end - copiedFrom);
        copiedFrom = end;
    };
    for (std::size_t at = 0; at < shown.size();) {
        const Respelling* match = nullptr;
        for (const Respelling& e : table.entries) // the longest written form wins ("CO2e" over "CO2")
            if (wholeWordAt(shown, at, e.written) && (!match || e.written.size() > match->written.size()))
                match = &e;
        if (!match) {
            ++at;
            continue;
        }
        copyUpTo(at);
        r.pieces.push_back({r.spoken.size(), match->spoken.size(), at, match->written.size(), true});
        r.spoken += match->spoken;
        at += match->written.size();
        copiedFrom = at;
    }
    copyUpTo(shown.size());
    return r;
}

void RespelledText::toShown(std::size_t spokenStart, std::size_t spokenLength, std::size_t& shownStart,
                            std::size_t& shownLength) const {
    auto toShownByte = [this](std::size_t spokenByte, bool end) -> std::size_t {
        for (const Piece& p : pieces) {
            if (spokenByte < p.spokenStart || spokenByte > p.spokenStart + p.spokenLength) continue;
            if (end && spokenByte == p.spokenStart && p.spokenLength > 0)
                continue;     // belongs to the piece before
            if (!p.respelled) // copied as it is: byte for byte
                return p.shownStart + (spokenByte - p.spokenStart);
            return end ? p.shownStart + p.shownLength : p.shownStart; // inside a respelling: all of it
        }
        return pieces.empty() ? 0 : pieces.back().shownStart + pieces.back().shownLength;
    };
    shownStart = toShownByte(spokenStart, false);
    const std::size_t end = std::max(shownStart, toShownByte(spokenStart + spokenLength, true));
    shownLength = end - shownStart;
}

void pointAtShownText(Speech& speech, const RespelledText& r) {
    for (SpokenWord& w : speech.words)
        r.toShown(w.byteStart, w.byteLength, w.byteStart, w.byteLength);
}

} // namespace mobi
