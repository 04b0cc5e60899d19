// SPDX-License-Identifier: GPL-3.0-or-later
// What eSpeak NG reads badly, respelled before it reads it ("CO2" → "C O
// deux"), from a small table per language (locale/pronounce/<code>.xml). The
// words it then reports are mapped back onto the text the screen shows, so
// the highlight stays on "CO2" while Mobi says "C O deux".
#pragma once

#include "content/DataError.hpp"
#include "narration/SpeechSynth.hpp"

#include <map>
#include <string>
#include <vector>

namespace mobi {

struct Respelling {
    std::string written, spoken; // a whole word or phrase as written, and as it is to be read
    int line = 0;
};

// A language's way of reading aloud: its respellings, and its pace and pitch.
struct PronunciationTable {
    std::vector<Respelling> entries;
    VoiceStyle style;
};

// <pronounce version="1" wordsPerMinute="140" pitch="58"><say written="CO2"
// spoken="C O deux"/>…</pronounce>; mistakes named with file:line.
PronunciationTable loadPronunciation(const std::string& text, const std::string& name, ErrorList& errors);
// locale/pronounce/<code>.xml, for every language that has one (by code). A
// language without one is read with the default voice and nothing respelled.
std::map<std::string, PronunciationTable> loadPronunciations(const std::string& pronounceDir,
                                                             ErrorList& errors);

// The text as it is to be read, and for each of its parts where it came from.
struct RespelledText {
    std::string spoken;
    struct Piece {
        std::size_t spokenStart, spokenLength, shownStart, shownLength;
        bool respelled; // false: copied as it is, byte for byte
    };
    std::vector<Piece> pieces; // in order, covering the whole spoken text

    // A range of the spoken text, as a range of the shown text: a range inside
    // a respelled word covers that whole written word.
    void toShown(std::size_t spokenStart, std::size_t spokenLength, std::size_t& shownStart,
                 std::size_t& shownLength) const;
};

// Whole words only: "CO2" in "du CO2." but not in "CO25".
RespelledText respell(const std::string& shown, const PronunciationTable& table);

// The speech's words, which point into `r.spoken`, made to point into the shown text.
void pointAtShownText(Speech& speech, const RespelledText& r);

} // namespace mobi
