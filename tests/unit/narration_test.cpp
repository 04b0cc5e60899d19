// SPDX-License-Identifier: GPL-3.0-or-later
// Narration, without a display or an audio device: French and English text
// becomes sound of a plausible length that is not silence, its words are
// found in order in the text, and missing voice data gives a message and
// silence, never a crash.
#include "narration/Narrator.hpp"
#include "narration/Pronunciation.hpp"
#include "narration/SpeechSynth.hpp"
#include "narration/VoiceDesk.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <thread>

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

TEST_CASE("a screen's texts are joined with a pause after a title that has no full stop", "[narration]") {
    const JoinedText j = joinForSpeech({"La Mine", "Un téléphone contient des métaux.", "Et toi ?", "Fin"});
    CHECK(j.text == "La Mine.\nUn téléphone contient des métaux.\nEt toi ?\nFin");
    REQUIRE(j.partStarts.size() == 4);
    CHECK(j.text.substr(j.partStarts[1], 2) == "Un");
    CHECK(j.text.substr(j.partStarts[3]) == "Fin");
}

TEST_CASE("the word lit is the last one started, none before the first", "[narration]") {
    const std::vector<NarratedWord> words = {{0, 0, 2, 100}, {0, 3, 4, 900}, {1, 0, 5, 2000}};
    CHECK(wordAt(words, 0) == -1);
    CHECK(wordAt(words, 99) == -1);
    CHECK(wordAt(words, 100) == 0);
    CHECK(wordAt(words, 899) == 0);
    CHECK(wordAt(words, 900) == 1);
    CHECK(wordAt(words, 50000) == 2);
    CHECK(wordAt({}, 10) == -1);
}

TEST_CASE("the shipped pronunciation tables load without a mistake", "[narration]") {
    ErrorList errors;
    const auto voices = loadPronunciations(
        (std::filesystem::u8path(MOBI_SOURCE_DIR) / "locale" / "pronounce").u8string(), errors);
    INFO(errors.toString());
    CHECK(errors.empty());
    REQUIRE(voices.count("fr") == 1);
    REQUIRE(voices.count("en") == 1);
    // A child's pace: slower than eSpeak NG's 175 words a minute.
    CHECK(voices.at("fr").style.wordsPerMinute < 175);
    CHECK(respell("Du CO2.", voices.at("fr")).spoken == "Du C O deux.");
    CHECK(respell("Some CO2.", voices.at("en")).spoken == "Some C O two.");
}

namespace {
// A sound device that plays nothing and is told where the speech is.
struct FakeOutput : VoiceOutput {
    std::size_t plays = 0, stops = 0, length = 0;
    std::optional<std::size_t> at;
    void playVoice(const std::vector<std::int16_t>& samples, unsigned) override {
        ++plays;
        length = samples.size();
        at = 0;
    }
    void stopVoice() override {
        ++stops;
        at.reset();
    }
    std::optional<std::size_t> voiceSample() const override { return at; }
};

std::string lit(const VoiceDesk& desk, const std::vector<std::string>& parts) {
    const auto w = desk.litWord();
    return w ? parts[w->part].substr(w->byteStart, w->byteLength) : "";
}
} // namespace

TEST_CASE("without a voice, the desk reads nothing and stays quiet", "[narration]") {
    FakeOutput out;
    VoiceDesk desk(nullptr, out, VoiceDesk::Clock::Sound);
    int screen = 0;
    desk.show(&screen, {"Bonjour."}, "fr", true, 0);
    desk.readAgain(0);
    CHECK_FALSE(desk.poll(1));
    CHECK_FALSE(desk.reading());
    CHECK(out.plays == 0);
    CHECK(desk.describe() == "voice=none");
}

#ifdef MOBI_NARRATION
namespace {
std::unique_ptr<Narrator> frenchAndEnglishNarrator() {
    std::string error;
    auto synth = SpeechSynth::open("", error);
    INFO(error);
    REQUIRE(synth);
    ErrorList errors;
    auto voices = loadPronunciations(
        (std::filesystem::u8path(MOBI_SOURCE_DIR) / "locale" / "pronounce").u8string(), errors);
    return std::make_unique<Narrator>(std::move(synth), std::move(voices));
}
} // namespace

TEST_CASE("a screen's texts are read in order, each word pointing into the text it came from",
          "[narration]") {
    auto narrator = frenchAndEnglishNarrator();
    struct Case {
        const char* language;
        std::vector<std::string> parts;
        const char *first, *respelled, *number, *last;
    } cases[] = {
        {"fr",
         {"La Mine", "Un téléphone rejette du CO2. Le coffre-fort de 2070 · code A", "Garde-le longtemps !"},
         "La",
         "CO2",
         "2070",
         "longtemps"},
        {"en",
         {"The Mine", "A phone puts out CO2. The vault of 2070 · code A", "Keep it for a long time!"},
         "The",
         "CO2",
         "2070",
         "time"},
    };
    for (const Case& c : cases) {
        INFO(c.language);
        const Narration n = narrator->readNow(c.parts, c.language);
        INFO(n.error);
        REQUIRE(n.speech.samples.size() > n.speech.sampleRate); // more than a second
        REQUIRE(n.words.size() >= 10);
        std::vector<std::string> said;
        for (std::size_t i = 0; i < n.words.size(); ++i) {
            const NarratedWord& w = n.words[i];
            REQUIRE(w.part < c.parts.size());
            REQUIRE(w.byteStart + w.byteLength <= c.parts[w.part].size());
            said.push_back(c.parts[w.part].substr(w.byteStart, w.byteLength));
            if (i > 0) { // in reading order: by part, then by place, and later in the sound
                const NarratedWord& p = n.words[i - 1];
                CHECK((w.part > p.part || (w.part == p.part && w.byteStart > p.byteStart)));
                CHECK(w.sampleStart >= p.sampleStart);
            }
        }
        CAPTURE(said);
        CHECK(said.front() == c.first);
        CHECK(said.back().rfind(c.last, 0) == 0);
        // "C O deux" is said, and the highlight stays on the written "CO2";
        // "deux mille soixante-dix" lights the whole "2070", once (eSpeak NG
        // reports it as two words, at "2" and at "070", before a "·").
        CHECK(std::count(said.begin(), said.end(), c.respelled) >= 1);
        CHECK(std::count(said.begin(), said.end(), c.number) == 1);
        const std::size_t number = c.parts[1].find(c.number);
        for (const NarratedWord& w : n.words) // no word lights a piece of the number ("070")
            if (w.part == 1 && w.byteStart < number + 4 && w.byteStart + w.byteLength > number) {
                CHECK(w.byteStart == number);
                CHECK(w.byteLength == 4);
            }
        // Every part is read: the title, the sentence and the last one.
        for (std::size_t part = 0; part < c.parts.size(); ++part)
            CHECK(std::any_of(n.words.begin(), n.words.end(),
                              [part](const NarratedWord& w) { return w.part == part; }));
    }
}

TEST_CASE("the narrator's thread hands out only the last speech asked for", "[narration]") {
    auto narrator = frenchAndEnglishNarrator();
    narrator->request({"Une première carte, bien longue, que personne n'écoutera."}, "fr");
    narrator->request({"Bonjour !"}, "fr");
    std::optional<Narration> ready;
    for (int i = 0; i < 500 && !ready; ++i) { // up to 5 s; it takes a few milliseconds
        ready = narrator->takeReady();
        if (!ready) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    REQUIRE(ready);
    REQUIRE(ready->parts.size() == 1);
    CHECK(ready->parts[0] == "Bonjour !");
    CHECK_FALSE(ready->speech.samples.empty());
    CHECK_FALSE(narrator->takeReady()); // once
}

TEST_CASE("a card is read as it appears, word after word, and the voice stops when the screen changes",
          "[narration]") {
    FakeOutput out;
    VoiceDesk desk(frenchAndEnglishNarrator(), out, VoiceDesk::Clock::Sound);
    int card = 0, otherCard = 0;
    const std::vector<std::string> parts = {"La Mine", "Penche le tamis avec les flèches."};
    desk.show(&card, parts, "fr", true, 0);
    CHECK(desk.reading());
    for (int i = 0; i < 500 && out.plays == 0; ++i) { // the narrator's thread
        desk.poll(0);
        if (out.plays == 0) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    REQUIRE(out.plays == 1);
    REQUIRE(desk.lastLatencyMs());
    CHECK(*desk.lastLatencyMs() >= 0.0);
    // The sound moves on: the word lit follows it.
    std::vector<std::string> seen;
    for (std::size_t sample = 0; sample < out.length; sample += 2205) {
        out.at = sample;
        desk.poll(0);
        const std::string word = lit(desk, parts);
        if (!word.empty() && (seen.empty() || seen.back() != word)) seen.push_back(word);
    }
    CAPTURE(seen);
    REQUIRE(seen.size() >= 5);
    CHECK(seen.front() == "La");
    CHECK(seen[1] == "Mine");
    CHECK(seen.back().rfind("flèches", 0) == 0);
    CHECK(desk.describe().rfind("voice=reading word=", 0) == 0);
    // The same texts again (the next frame): nothing changes.
    desk.show(&card, parts, "fr", true, 0);
    CHECK(out.stops == 0);
    // Another screen: the voice stops, and a screen not to be read on arrival is not.
    desk.show(&otherCard, {"Autre chose."}, "fr", false, 0);
    CHECK(out.stops == 1);
    CHECK_FALSE(desk.reading());
    CHECK(desk.describe() == "voice=quiet");
    // Read again (the speaker button): it plays.
    desk.readAgain(0);
    for (int i = 0; i < 500 && out.plays == 1; ++i) {
        desk.poll(0);
        if (out.plays == 1) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    CHECK(out.plays == 2);
    // The sound ends: the desk is quiet again, and tells the output (the music comes back up).
    out.at.reset();
    desk.poll(0);
    CHECK_FALSE(desk.reading());
    CHECK(out.stops == 2);
    REQUIRE(desk.lastSpeech());
    CHECK(desk.lastSpeech()->parts == std::vector<std::string>{"Autre chose."}); // the screen read again
}

TEST_CASE("on the step clock, the same word is lit at the same step on every run", "[narration]") {
    FakeOutput out;
    VoiceDesk desk(frenchAndEnglishNarrator(), out, VoiceDesk::Clock::Steps);
    int card = 0;
    const std::vector<std::string> parts = {"Hello! I am Mobi, a phone."};
    desk.show(&card, parts, "en", true, 100);
    CHECK(out.plays == 0); // nothing is heard on the step clock
    REQUIRE(desk.reading());
    std::vector<std::string> seen;
    for (int step = 100; step < 100 + 60 * 10 && desk.reading(); ++step) {
        desk.poll(step);
        const std::string word = lit(desk, parts);
        if (!word.empty() && (seen.empty() || seen.back() != word)) seen.push_back(word);
    }
    CAPTURE(seen);
    CHECK_FALSE(desk.reading()); // over within 10 s
    REQUIRE(seen.size() >= 5);
    CHECK(seen.front() == "Hello");
    CHECK(seen.back() == "phone");
}
#endif

TEST_CASE("voice data that cannot be found gives a message and no voice, not a crash", "[narration]") {
    std::string error;
    auto synth = SpeechSynth::open("/nonexistent/mobi-voice", error);
    CHECK_FALSE(synth);
    CHECK(error.find("/nonexistent/mobi-voice/espeak-ng-data") != std::string::npos);
    CHECK(error.find("Mobi will not read aloud") != std::string::npos);
    // A narrator without a synthesiser says why and gives silence.
    Narrator narrator(nullptr, {});
    const Narration n = narrator.readNow({"Bonjour."}, "fr");
    CHECK(n.speech.samples.empty());
    CHECK_FALSE(n.error.empty());
}
