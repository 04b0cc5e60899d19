// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/CommandLine.hpp"

#include <charconv>

namespace mobi {
namespace {

bool parseNonNegative(const std::string& s, long long max, long long& out) {
    if (s.empty()) return false;
    auto r = std::from_chars(s.data(), s.data() + s.size(), out);
    return r.ec == std::errc() && r.ptr == s.data() + s.size() && out >= 0 && out <= max;
}

// Reads the value after a flag, or reports that it is missing.
class ArgReader {
public:
    explicit ArgReader(const std::vector<std::string>& args) : m_args(args) {}
    bool done() const { return m_next >= m_args.size(); }
    const std::string& take() { return m_args[m_next++]; }
    const std::string& peek() const { return m_args[m_next]; }
    bool value(const std::string& flag, std::string& out, std::string& error) {
        if (done() || m_args[m_next].rfind("--", 0) == 0) {
            error = flag + " needs a value (see --help)";
            return false;
        }
        out = take();
        return true;
    }

private:
    const std::vector<std::string>& m_args;
    std::size_t m_next = 0;
};

bool setMode(Options& o, RunMode mode, const std::string& flag, std::string& error) {
    if (o.mode != RunMode::Play && o.mode != mode) {
        error = flag + " cannot be combined with the other action on the command line";
        return false;
    }
    o.mode = mode;
    return true;
}

} // namespace

ParsedCommandLine parseCommandLine(const std::vector<std::string>& args) {
    ParsedCommandLine result;
    Options& o = result.options;
    std::string& error = result.error;
    ArgReader in(args);
    std::string v;

    while (!in.done() && error.empty()) {
        const std::string flag = in.take();
        if (flag == "--help" || flag == "-h") {
            setMode(o, RunMode::Help, flag, error);
        } else if (flag == "--version") {
            setMode(o, RunMode::Version, flag, error);
        } else if (flag == "--list-scenes") {
            setMode(o, RunMode::ListScenes, flag, error);
        } else if (flag == "--check-data") {
            setMode(o, RunMode::CheckData, flag, error);
        } else if (flag == "--bench") {
            if (setMode(o, RunMode::Bench, flag, error) && in.value(flag, o.benchScene, error)) {
                long long n = 0;
                if (!in.value(flag, v, error))
                    error = "--bench needs a scene and a number of seconds";
                else if (parseNonNegative(v, 3600, n) && n > 0)
                    o.benchSeconds = static_cast<double>(n);
                else
                    error = "--bench expects seconds from 1 to 3600, found \"" + v + "\"";
            }
        } else if (flag == "--monkey") {
            long long seed = 0, seconds = 0;
            std::string secondsText;
            if (setMode(o, RunMode::Monkey, flag, error) && in.value(flag, v, error) &&
                in.value(flag, secondsText, error)) {
                if (!parseNonNegative(v, 4294967295LL, seed))
                    error = "--monkey expects a seed (a whole number), found \"" + v + "\"";
                else if (!parseNonNegative(secondsText, 86400, seconds) || seconds == 0)
                    error = "--monkey expects seconds from 1 to 86400, found \"" + secondsText + "\"";
                o.monkeySeed = static_cast<std::uint32_t>(seed);
                o.benchSeconds = static_cast<double>(seconds);
            }
        } else if (flag == "--uncapped") {
            o.uncapped = true;
        } else if (flag == "--export-guide") {
            if (setMode(o, RunMode::ExportGuide, flag, error)) in.value(flag, o.guideDir, error);
        } else if (flag == "--export-po") {
            if (setMode(o, RunMode::ExportPo, flag, error) && in.value(flag, o.poLanguage, error))
                if (!in.value(flag, o.poOut, error))
                    error = "--export-po needs a language (or template) and a file name";
        } else if (flag == "--import-po") {
            if (setMode(o, RunMode::ImportPo, flag, error) && in.value(flag, o.poIn, error))
                if (!in.value(flag, o.poOut, error))
                    error = "--import-po needs a .po file and the .xml to write";
        } else if (flag == "--headless") {
            setMode(o, RunMode::Headless, flag, error);
        } else if (flag == "--screenshot") {
            if (setMode(o, RunMode::Screenshot, flag, error) && in.value(flag, o.screenshotScene, error))
                if (!in.value(flag, o.screenshotPath, error))
                    error = "--screenshot needs a scene and a file name";
        } else if (flag == "--check-layout") {
            if (setMode(o, RunMode::CheckLayout, flag, error) && in.value(flag, v, error)) {
                o.layoutScenes.push_back(v);
                while (!in.done() && !in.peek().empty() && in.peek().rfind("--", 0) != 0)
                    o.layoutScenes.push_back(in.take());
            }
        } else if (flag == "--lang") {
            if (in.value(flag, v, error)) o.language = v;
        } else if (flag == "--fullscreen") {
            o.fullscreen = true;
        } else if (flag == "--windowed") {
            o.fullscreen = false;
        } else if (flag == "--class") {
            o.classMode = true;
        } else if (flag == "--kiosk") {
            o.kiosk = true;
        } else if (flag == "--low-detail") {
            o.lowDetail = true;
        } else if (flag == "--mute") {
            o.mute = true;
        } else if (flag == "--uppercase") {
            o.uppercase = true;
        } else if (flag == "--font") {
            if (in.value(flag, v, error)) {
                if (v == "andika" || v == "opendyslexic")
                    o.font = v;
                else
                    error = "--font expects andika or opendyslexic, found \"" + v + "\"";
            }
        } else if (flag == "--code-set") {
            if (in.value(flag, v, error)) o.codeSet = v;
        } else if (flag == "--class-session") {
            if (in.value(flag, v, error)) {
                if (v == "short" || v == "full")
                    o.classSession = v;
                else
                    error = "--class-session expects short or full, found \"" + v + "\"";
            }
        } else if (flag == "--read-aloud") {
            if (in.value(flag, v, error)) {
                if (v == "auto" || v == "on" || v == "off")
                    o.readAloud = v;
                else
                    error = "--read-aloud expects auto, on or off, found \"" + v + "\"";
            }
        } else if (flag == "--voice-volume") {
            long long n = 0;
            if (in.value(flag, v, error)) {
                if (parseNonNegative(v, 100, n))
                    o.voiceVolume = static_cast<int>(n);
                else
                    error = "--voice-volume expects a percent from 0 to 100, found \"" + v + "\"";
            }
        } else if (flag == "--voice-data") {
            in.value(flag, o.voiceData, error);
        } else if (flag == "--speech-out") {
            in.value(flag, o.speechOut, error);
        } else if (flag == "--text-size") {
            long long n = 0;
            if (in.value(flag, v, error)) {
                // Accept -1 too: parse the sign by hand, the range is tiny.
                bool negative = !v.empty() && v[0] == '-';
                if (parseNonNegative(negative ? v.substr(1) : v, 3, n) && !(negative && n > 1))
                    o.textSize = static_cast<int>(negative ? -n : n);
                else
                    error = "--text-size expects a whole number from -1 to 3, found \"" + v + "\"";
            }
        } else if (flag == "--data-dir") {
            in.value(flag, o.dataDir, error);
        } else if (flag == "--system-config") {
            in.value(flag, o.systemConfig, error);
        } else if (flag == "--user-dir") {
            in.value(flag, o.userDir, error);
        } else if (flag == "--start") {
            in.value(flag, o.startScene, error);
        } else if (flag == "--steps") {
            long long n = 0;
            if (in.value(flag, v, error)) {
                if (parseNonNegative(v, 100000000, n))
                    o.steps = static_cast<int>(n);
                else
                    error = "--steps expects a whole number of steps (0 or more), found \"" + v + "\"";
            }
        } else if (flag == "--trace") {
            long long n = 0;
            if (in.value(flag, v, error)) {
                if (parseNonNegative(v, 1000000, n) && n > 0)
                    o.traceEvery = static_cast<int>(n);
                else
                    error = "--trace expects a whole number of steps (1 or more), found \"" + v + "\"";
            }
        } else if (flag == "--fps") {
            if (in.value(flag, v, error)) {
                if (v == "30" || v == "60")
                    o.fps = std::stoi(v);
                else
                    error = "--fps expects 30 or 60, found \"" + v + "\"";
            }
        } else if (flag == "--soak") {
            long long n = 0;
            if (in.value(flag, v, error)) {
                if (parseNonNegative(v, 1440, n) && n > 0)
                    o.soakMinutes = static_cast<int>(n);
                else
                    error = "--soak expects minutes of game time from 1 to 1440, found \"" + v + "\"";
            }
        } else if (flag == "--level") {
            in.value(flag, o.level, error);
        } else if (flag == "--input") {
            in.value(flag, o.inputScript, error);
        } else if (flag == "--events") {
            in.value(flag, o.eventsFile, error);
        } else if (flag == "--record") {
            in.value(flag, o.recordFile, error);
        } else if (flag == "--seed") {
            long long n = 0;
            if (in.value(flag, v, error)) {
                if (parseNonNegative(v, 4294967295LL, n))
                    o.seed = static_cast<std::uint32_t>(n);
                else
                    error = "--seed expects a whole number from 0 to 4294967295, found \"" + v + "\"";
            }
        } else {
            error = "unknown option \"" + flag + "\" (mobi2070 --help lists the options)";
        }
    }
    if (!error.empty()) return result;

    if (o.mode == RunMode::Headless && o.level.empty())
        error = "--headless needs --level ID (for example --level mine)";
    else if (o.mode != RunMode::Headless && !o.level.empty())
        error = "--level only works with --headless";
    else if (o.mode != RunMode::Headless && o.mode != RunMode::Screenshot && o.mode != RunMode::Bench &&
             o.mode != RunMode::CheckLayout && !o.inputScript.empty())
        error = "--input only works with --headless, --screenshot, --check-layout or --bench";
    else if (o.soakMinutes && o.mode != RunMode::Headless)
        error = "--soak only works with --headless";
    else if (o.soakMinutes && o.steps)
        error = "--soak and --steps cannot be used together (--soak sets the length)";
    else if (o.uncapped && o.mode != RunMode::Bench)
        error = "--uncapped only works with --bench";
    else if (o.steps && o.mode != RunMode::Headless && o.mode != RunMode::Screenshot &&
             o.mode != RunMode::CheckLayout)
        error = "--steps only works with --screenshot, --check-layout or --headless";
    else if (!o.startScene.empty() && o.mode != RunMode::Play)
        error = "--start only works when playing (use --screenshot SCENE to capture a scene)";
    else if (!o.eventsFile.empty() && o.mode != RunMode::Play)
        error = "--events only works when playing (with --start SCENE to begin at a scene)";
    else if (!o.recordFile.empty() && o.mode != RunMode::Play)
        error = "--record only works when playing";
    else if (!o.recordFile.empty() && !o.eventsFile.empty())
        error = "--record and --events cannot be used together";
    return result;
}

std::string commandLineHelp() {
    return R"(Mobi 2070 — a smartphone's journey, from the mine to its rebirth.

Usage: mobi2070 [options]

Settings (for this run only; the Settings screen saves them):
  --lang CODE            language of the game: fr, en, or any locale/CODE.xml
  --fullscreen           fill the screen (F11 switches while playing)
  --windowed             play in a window
  --class                class mode: fullscreen, larger text, no music,
                         every level open, vote mode in quizzes
  --kiosk                kiosk mode: no Quit or Settings buttons; a teacher
                         leaves by holding Ctrl+Shift+F12 for two seconds
  --low-detail           fewer animations and particles, for old computers
  --fps 30|60            images a second while something moves (default: 60,
                         or 30 on software OpenGL or in low detail; the game
                         itself always runs at 60 steps a second)
  --mute                 no sound at all
  --text-size N          text size from -1 (smaller) to 3 (largest), default 0
  --font NAME            andika (default) or opendyslexic
  --uppercase            show every text in capital letters
  --code-set ID          the vault's code set for a class session (A, B, or
                         one added to levels/vault.xml)
  --class-session LENGTH short (default): each level's class version, about
                         3 minutes, and one vote question, for one 45-minute
                         session; full: the whole levels and their quizzes
  --read-aloud WHEN      auto (default): Mobi reads each card aloud for a
                         6–8 profile, not for 9–12 nor in class mode; on;
                         off. Tab or the speaker button reads a card again
  --voice-volume N       Mobi’s voice, in percent (default 100)
  --voice-data DIR       the folder holding espeak-ng-data (default: the
                         game's own, else the system's)

Folders:
  --data-dir DIR         read the game data (assets, levels, locale) from DIR
  --user-dir DIR         keep settings and progress in DIR
  --system-config FILE   read school-wide settings from FILE instead of
                         /etc/mobi2070/system.xml (Linux),
                         %ProgramData%\Mobi2070\system.xml (Windows) or
                         system.xml beside the program

Teachers and tools:
  --start SCENE          open the game at a scene (see --list-scenes)
  --check-data           check every data file and the system configuration;
                         print errors as file:line; exit 1 if there is any
  --list-scenes          print the scene names accepted by --start and
                         --screenshot, one a line
  --screenshot SCENE OUT.png [--steps N] [--input SCRIPT] [--seed N]
                         draw SCENE after N fixed steps of 1/60 s, save it as
                         a PNG and exit; a level scene plays SCRIPT
  --check-layout SCENE... [--steps N] [--input SCRIPT]
                         build each SCENE (or "all") as --screenshot does,
                         with the reading settings given, and print every
                         text that does not fit its box and every pair of
                         things that overlap; exit 1 if there is any
  --headless --level ID [--input SCRIPT] [--seed N] [--steps N] [--trace N]
                         play a level without a window and print
                         level=ID outcome=won|lost|running steps=N hash=HEX;
                         exit 0 if won or running, 2 if lost, 1 on a data error;
                         --trace N: also the rules' state every N steps, to
                         write a script against (on standard error)
  --headless --level ID --soak MINUTES [--input SCRIPT] [--seed N]
                         play the level again and again (a new seed each
                         round) for MINUTES of game time, then print the
                         rounds and the memory growth after the first round
  --bench SCENE SECONDS [--uncapped] [--input SCRIPT]
                         run SCENE in the window for SECONDS and print frame
                         times, CPU, memory and time to first frame (tools/bench
                         uses it); --uncapped: no frame limit, redraw always
  --events FILE          replay the window events of FILE (keys, mouse, text,
                         each at a step of 1/60 s) into the game, as fast as
                         it can; a level that ends prints the --headless line
                         and the game exits (use with --start SCENE)
  --record FILE          write this session's keys and mouse to FILE, in the
                         form --events reads (with --seed N to replay it)
  --speech-out FILE.wav  write what Mobi read last (with --events or
                         --screenshot) to FILE.wav and print its length
  --monkey SEED SECONDS  robustness test: random clicks, drags, keys and typing
                         on every screen for SECONDS (tools/monkey uses it)
  --export-guide DIR     write the teacher guide (a printable HTML page per
                         stage: panel card, facts and sources, quiz with
                         answers) into DIR, in the --lang language
  --export-po CODE|template FILE
                         write locale/CODE.xml as a gettext catalogue for
                         translators (template: the .pot a new language
                         starts from); tools/po uses it
  --import-po FILE.po OUT.xml
                         turn a translated catalogue back into a locale file
  --version              print the version
  --help                 print this help

Exit codes: 0 success, 1 data error, 2 bad command line.
)";
}

} // namespace mobi
