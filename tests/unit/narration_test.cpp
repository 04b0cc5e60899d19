// Narration, without a display or an audio device: French and English text
// becomes sound of a plausible length that is not silence, its words are
// found in order in the text, and missing voice data gives a message and
// silence, never a crash.
#include "narration/Pronunciation.hpp"
#include "narration/SpeechSynth.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>

using namespace mobi;

namespace {
// The loudest sample, out of 32767.
int peak(const Speech& s) {
    int most = 0;
    for (std::int16_t v : s.samples)
        most = std::max(most, std::abs(static_cast<int>(v)));
    return most;
}
} // namespace

TEST_CASE("byteOfCharacter counts characters, not bytes", "[narration]") {
    const std::string text = "Où est Léo ?";
    CHECK(byteOfCharacter(text, 0) == 0);
    CHECK(byteOfCharacter(text, 1) == 1); // "ù" is two bytes…
    CHECK(byteOfCharacter(text, 2) == 3); // …so the third character starts at byte 3
    CHECK(byteOfCharacter(text, 8) == 9); // "é" of Léo: after one two-byte character
    CHECK(byteOfCharacter(text, 99) == text.size());
}

#ifdef MOBI_NARRATION
TEST_CASE("French and English text are spoken aloud, for about as long as they take to read", "[narration]") {
    std::string error;
    auto synth = SpeechSynth::open("", error);
    INFO(error);
    REQUIRE(synth);
    struct Case {
        const char *language, *text;
    } cases[] = {{"fr", "Bonjour ! Je suis Mobi, un téléphone. Mes métaux viennent de très loin."},
                 {"en", "Hello! I am Mobi, a phone. My metals come from very far away."}};
    for (const Case& c : cases) {
        INFO(c.language);
        const Speech s = synth->speak(c.text, c.language, VoiceStyle{}, error);
        INFO(error);
        REQUIRE(s.sampleRate > 0);
        // 13 words at 140 a minute with pauses: a few seconds, not silence and not a minute.
        CHECK(s.seconds() > 2.0);
        CHECK(s.seconds() < 15.0);
        CHECK(peak(s) > 3000);
        // Every word found, in order, each pointing at letters of the text.
        const std::string text = c.text;
        REQUIRE(s.words.size() >= 12);
        for (std::size_t i = 0; i < s.words.size(); ++i) {
            const SpokenWord& w = s.words[i];
            REQUIRE(w.byteStart + w.byteLength <= text.size());
            CHECK(w.byteLength > 0);
            if (i > 0) {
                CHECK(w.byteStart > s.words[i - 1].byteStart);
                CHECK(w.sampleStart >= s.words[i - 1].sampleStart);
            }
            CHECK(w.sampleStart < s.samples.size());
        }
        CHECK(text.substr(s.words[0].byteStart, s.words[0].byteLength)
                  .rfind(c.language[0] == 'f' ? "Bonjour" : "Hello", 0) == 0);
        const SpokenWord& last = s.words.back();
        CHECK(text.substr(last.byteStart, last.byteLength).rfind(c.language[0] == 'f' ? "loin" : "away", 0) ==
              0);
    }
}

TEST_CASE("a slower voice takes longer to say the same words", "[narration]") {
    std::string error;
    auto synth = SpeechSynth::open("", error);
    REQUIRE(synth);
    const std::string text = "Garde ton téléphone longtemps.";
    const double slow = synth->speak(text, "fr", VoiceStyle{110, 58}, error).seconds();
    const double fast = synth->speak(text, "fr", VoiceStyle{220, 58}, error).seconds();
    CHECK(slow > fast * 1.4);
}

TEST_CASE("a language without a voice gives a message and silence", "[narration]") {
    std::string error;
    auto synth = SpeechSynth::open("", error);
    REQUIRE(synth);
    const Speech s = synth->speak("Hallo", "xx-nosuch", VoiceStyle{}, error);
    CHECK(s.samples.empty());
    CHECK(error.find("xx-nosuch") != std::string::npos);
}
#endif

TEST_CASE("speech is written as a mono 16-bit .wav whose length is the speech's", "[narration]") {
    Speech s;
    s.sampleRate = 22050;
    s.samples = {0, 1000, -1000, 32767, -32768};
    const std::string wav = wavBytes(s);
    REQUIRE(wav.size() == 44 + 10);
    CHECK(wav.substr(0, 4) == "RIFF");
    CHECK(wav.substr(8, 8) == "WAVEfmt ");
    CHECK(wav.substr(36, 4) == "data");
    auto u32 = [&wav](std::size_t at) {
        std::uint32_t v = 0;
        for (int i = 3; i >= 0; --i)
            v = (v << 8) | static_cast<unsigned char>(wav[at + static_cast<std::size_t>(i)]);
        return v;
    };
    CHECK(u32(4) == wav.size() - 8);
    CHECK(u32(24) == 22050); // sample rate
    CHECK(u32(40) == 10);    // data bytes: 5 samples of 2
    // The samples as they were: 1000 is E8 03, -1000 is 18 FC.
    CHECK(static_cast<unsigned char>(wav[46]) == 0xE8);
    CHECK(static_cast<unsigned char>(wav[47]) == 0x03);
    CHECK(static_cast<unsigned char>(wav[48]) == 0x18);
    CHECK(static_cast<unsigned char>(wav[49]) == 0xFC);
}

namespace {
PronunciationTable table(const std::string& xml, ErrorList& errors) {
    return loadPronunciation(xml, "pronounce/fr.xml", errors);
}
} // namespace

TEST_CASE("the pronunciation table respells whole words and keeps the words on the shown text",
          "[narration]") {
    ErrorList errors;
    const PronunciationTable t = table(R"(<pronounce version="1">
  <say written="CO2" spoken="C O deux"/>
  <say written="km" spoken="kilomètres"/>
</pronounce>)",
                                       errors);
    INFO(errors.toString());
    REQUIRE(errors.empty());
    const std::string shown = "Du CO2 sur 12 km, pas CO25.";
    const RespelledText r = respell(shown, t);
    CHECK(r.spoken == "Du C O deux sur 12 kilomètres, pas CO25.");
    // Words the engine would report in the spoken text, mapped back onto the shown one.
    auto shownWord = [&](const std::string& spokenWord) {
        const std::size_t at = r.spoken.find(spokenWord);
        REQUIRE(at != std::string::npos);
        std::size_t start = 0, length = 0;
        r.toShown(at, spokenWord.size(), start, length);
        return shown.substr(start, length);
    };
    CHECK(shownWord("Du") == "Du");
    CHECK(shownWord("C") == "CO2"); // each spoken part of a respelling lights the whole word
    CHECK(shownWord("deux") == "CO2");
    CHECK(shownWord("sur") == "sur");
    CHECK(shownWord("kilomètres") == "km");
    CHECK(shownWord("CO25") == "CO25"); // not a whole-word match: left as it is
    // Through a Speech's words, as SpeechSynth reports them.
    Speech s;
    s.words = {{r.spoken.find("deux"), 4, 0}, {r.spoken.find("pas"), 3, 10}};
    pointAtShownText(s, r);
    CHECK(shown.substr(s.words[0].byteStart, s.words[0].byteLength) == "CO2");
    CHECK(shown.substr(s.words[1].byteStart, s.words[1].byteLength) == "pas");
}

TEST_CASE("a pronunciation table's mistakes are named with their line", "[narration]") {
    ErrorList errors;
    table(R"(<pronounce version="1">
  <say written="CO2" said="C O deux"/>
</pronounce>)",
          errors);
    REQUIRE(errors.size() >= 1);
    CHECK(errors.all()[0].line == 2);
}
