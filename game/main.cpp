// SPDX-License-Identifier: GPL-3.0-or-later
// Command line → the window (App) or a display-free mode. Nothing else here.
#include "content/DataCheck.hpp"
#include "content/Languages.hpp"
#include "content/PoFile.hpp"
#include "content/StringTable.hpp"
#include "content/SystemConfig.hpp"
#include "content/XmlNode.hpp"
#include "core/CommandLine.hpp"
#include "core/DataDir.hpp"
#include "guide/TeacherGuide.hpp"
#include "levels/HeadlessRun.hpp"
#include "levels/LevelCheck.hpp"
#include "narration/Pronunciation.hpp"
#include "platform/App.hpp"
#include "platform/BenchRecorder.hpp"
#include "platform/ProcessArgs.hpp"
#include "save/AtomicFile.hpp"
#include "scenes/SceneRegistry.hpp"

#include <iostream>
#include <optional>

using namespace mobi;

namespace {

std::filesystem::path resolveDataDir(const Options& options) {
    if (!options.dataDir.empty()) return std::filesystem::u8path(options.dataDir);
    return findDataDir(executableDir());
}

// School IT's settings for every account of this computer (SystemConfig.hpp):
// mistakes are printed and the rest applies, so the game always starts.
Options withSystemConfig(Options options, const std::filesystem::path& dataDir) {
    ErrorList errors;
    const auto config = findSystemConfigFor(options, executableDir(), errors);
    for (const auto& e : errors.all())
        std::cerr << "mobi2070: " << e.toString() << "\n";
    if (!config) return options;
    std::vector<std::string> languages;
    for (const auto& l : listLanguages(dataDir))
        languages.push_back(l.code);
    applySystemConfig(*config, languages, loginName(), options);
    return options;
}

int checkData(const std::filesystem::path& dataDir, const Options& options) {
    DataCheckReport report = checkGameData(dataDir);
    report.filesChecked += checkLevels(dataDir, report.errors);
    // How Mobi reads each language aloud: a mistake there would only be heard.
    report.filesChecked += static_cast<int>(
        loadPronunciations((dataDir / "locale" / "pronounce").u8string(), report.errors).size());
    if (const auto config = findSystemConfigFor(options, executableDir(), report.errors))
        std::cout << "system configuration: " << config->file << "\n";
    for (const auto& w : report.warnings)
        std::cout << "warning: " << w << "\n";
    for (const auto& e : report.errors.all())
        std::cout << e.toString() << "\n";
    std::cout << report.filesChecked << " files checked in " << dataDir.u8string() << ", " << report.questions
              << " quiz questions, " << report.errors.size()
              << (report.errors.size() == 1 ? " error" : " errors") << "\n";
    return report.errors.empty() ? 0 : 1;
}

// tools/po: a language as a gettext catalogue for translators, and back.
int exportPo(const std::filesystem::path& dataDir, const Options& options) {
    ErrorList errors;
    const StringTable reference =
        loadStringTableFile(localeFile(dataDir, kReferenceLanguage).u8string(), errors);
    std::optional<StringTable> translation;
    if (options.poLanguage != "template")
        translation = loadStringTableFile(localeFile(dataDir, options.poLanguage).u8string(), errors);
    for (const auto& e : errors.all())
        std::cerr << "mobi2070: " << e.toString() << "\n";
    if (!errors.empty()) return 1;
    std::string error;
    if (!writeFileAtomically(std::filesystem::u8path(options.poOut),
                             writePo(reference, translation ? &*translation : nullptr, MOBI_VERSION),
                             &error)) {
        std::cerr << "mobi2070: cannot write " << options.poOut << ": " << error << "\n";
        return 1;
    }
    std::cout << options.poOut << ": " << reference.entries.size() << " texts\n";
    return 0;
}

int importPo(const Options& options) {
    const auto text = readTextFile(options.poIn);
    if (!text) {
        std::cerr << "mobi2070: cannot read " << options.poIn << "\n";
        return 1;
    }
    ErrorList errors;
    const PoCatalogue po = readPo(*text, options.poIn, errors);
    for (const auto& e : errors.all())
        std::cerr << "mobi2070: " << e.toString() << "\n";
    if (!errors.empty()) return 1;
    int leftOut = 0;
    std::string error;
    if (!writeFileAtomically(std::filesystem::u8path(options.poOut), localeXml(po, leftOut), &error)) {
        std::cerr << "mobi2070: cannot write " << options.poOut << ": " << error << "\n";
        return 1;
    }
    std::cout << options.poOut << ": " << po.entries.size() - static_cast<std::size_t>(leftOut)
              << " texts in " << po.languageName << " (" << po.language << ")";
    if (leftOut) std::cout << ", " << leftOut << " left out (not translated yet, or fuzzy): shown in French";
    std::cout << "\n";
    return 0;
}

int exportGuide(const std::filesystem::path& dataDir, const Options& options) {
    const GuideReport report = exportTeacherGuide(dataDir, options.language.value_or(kReferenceLanguage),
                                                  std::filesystem::u8path(options.guideDir));
    for (const auto& e : report.errors.all())
        std::cerr << "mobi2070: " << e.toString() << "\n";
    for (const auto& path : report.written)
        std::cout << path.u8string() << "\n";
    return report.errors.empty() ? 0 : 1;
}

} // namespace

int main(int argc, char** argv) {
    BenchRecorder::markLaunch(); // the time to the first frame counts from here
    attachParentConsole();
    const std::vector<std::string> args = utf8Arguments(argc, argv);
    const ParsedCommandLine parsed = parseCommandLine(args);
    if (!parsed.error.empty()) {
        std::cerr << "mobi2070: " << parsed.error << "\n";
        return 2;
    }
    const Options& options = parsed.options;
    switch (options.mode) {
    case RunMode::Help:
        std::cout << commandLineHelp();
        return 0;
    case RunMode::Version:
        std::cout << "mobi2070 " << MOBI_VERSION << "\n";
        return 0;
    case RunMode::ListScenes:
        for (const auto& entry : sceneEntries())
            std::cout << entry.name << "\n";
        return 0;
    case RunMode::ImportPo: // needs no game data: a translator's file in, a locale file out
        return importPo(options);
    default:
        break;
    }

    const auto dataDir = resolveDataDir(options);
    if (dataDir.empty() || !looksLikeDataDir(dataDir)) {
        std::cerr << "mobi2070: cannot find the game data (locale/fr.xml) "
                  << (options.dataDir.empty() ? "next to the program" : "in " + options.dataDir)
                  << "; reinstall the game or pass --data-dir DIR\n";
        return 1;
    }
    if (options.mode == RunMode::CheckData) return checkData(dataDir, options);
    if (options.mode == RunMode::Headless) return runHeadless(dataDir, options, std::cout, std::cerr);
    if (options.mode == RunMode::ExportGuide) return exportGuide(dataDir, options);
    if (options.mode == RunMode::ExportPo) return exportPo(dataDir, options);

    App app(withSystemConfig(options, dataDir), dataDir);
    if (options.mode == RunMode::Screenshot) return app.screenshot();
    if (options.mode == RunMode::CheckLayout) return app.checkLayout();
    return app.play();
}
