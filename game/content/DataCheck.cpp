// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/DataCheck.hpp"

#include "content/AssetFiles.hpp"
#include "content/Facts.hpp"
#include "content/Languages.hpp"
#include "content/LevelList.hpp"
#include "content/LevelLoader.hpp"
#include "content/QuizLoader.hpp"
#include "content/VaultData.hpp"

namespace mobi {
namespace {

void checkLocales(const std::filesystem::path& dataDir, DataCheckReport& report) {
    const auto referencePath = localeFile(dataDir, kReferenceLanguage).u8string();
    StringTable reference = loadStringTableFile(referencePath, report.errors);
    ++report.filesChecked;

    // Ids the code builds from the level list must exist in the reference.
    for (const auto& level : levelList())
        for (const char* suffix : {".name", ".stage"}) {
            const std::string id = "level." + level.id + suffix;
            if (!reference.find(id))
                report.errors.add(referencePath, 0, "expected a <string id=\"" + id + "\">, found none");
        }

    for (const auto& language : listLanguages(dataDir)) {
        if (language.code == kReferenceLanguage) continue;
        const auto path = localeFile(dataDir, language.code).u8string();
        StringTable table = loadStringTableFile(path, report.errors);
        ++report.filesChecked;
        if (table.language != language.code)
            report.errors.add(path, 1,
                              "<strings> attribute \"lang\": expected \"" + language.code +
                                  "\" (the file name), found \"" + table.language + "\"");
        for (const auto& [id, entry] : table.entries) {
            const StringEntry* ref = reference.find(id);
            if (!ref) {
                report.errors.add(path, entry.line,
                                  "<string id=\"" + id + "\">: expected an id of " + referencePath +
                                      ", found one that is not there");
            } else if (placeholdersOf(ref->text) != placeholdersOf(entry.text)) {
                report.errors.add(path, entry.line,
                                  "<string id=\"" + id + "\">: expected the same {placeholders} as in " +
                                      referencePath + ", found different ones");
            }
        }
        int untranslated = 0;
        for (const auto& pair : reference.entries)
            untranslated += table.find(pair.first) ? 0 : 1;
        if (untranslated > 0)
            report.warnings.push_back(path + ": " + std::to_string(untranslated) +
                                      " texts are not translated yet; French is shown instead");
    }
}

// facts.xml, each fact's text in the reference table, the vault and every
// stage's quiz. The levels themselves are checked a layer up
// (levels/LevelCheck), where their rules are known.
void checkFactsAndLevels(const std::filesystem::path& dataDir, DataCheckReport& report) {
    const auto factsPath = (dataDir / "levels" / "facts.xml").u8string();
    const FactBook facts = loadFactsFile(factsPath, report.errors);
    ++report.filesChecked;
    ErrorList ignored; // the reference table's own errors are reported by checkLocales
    const StringTable reference =
        loadStringTableFile(localeFile(dataDir, kReferenceLanguage).u8string(), ignored);
    for (const auto& [id, fact] : facts.facts) {
        if (!reference.find("fact." + id))
            report.errors.add(factsPath, fact.line,
                              "<fact id=\"" + id + "\">: expected its text as <string id=\"fact." + id +
                                  "\"> in locale/fr.xml, found none");
        // The words of its source line (orgText, documentText, viaText).
        for (const auto& textId : fact.textIds())
            if (!reference.find(textId))
                report.errors.add(factsPath, fact.line,
                                  "<fact id=\"" + id +
                                      "\">: expected a string id of locale/fr.xml for its source, "
                                      "found \"" +
                                      textId + "\", which is not there");
    }
    loadVaultFile(vaultFile(dataDir).u8string(), {&facts, &reference}, report.errors);
    ++report.filesChecked;
    for (const auto& level : levelList()) {
        // Every stage's quiz, whether or not its level is built.
        const auto quizPath = quizFile(dataDir, level.number, level.id);
        std::error_code ec;
        if (std::filesystem::exists(quizPath, ec)) {
            const Quiz quiz =
                loadQuizFile(quizPath.u8string(), QuizCheckContext{&facts, &reference}, report.errors);
            report.questions += static_cast<int>(quiz.questions.size());
            if (!quiz.level.empty() && quiz.level != level.id)
                report.errors.add(quizPath.u8string(), 1,
                                  "<quiz> attribute \"level\": expected \"" + level.id + "\", found \"" +
                                      quiz.level + "\"");
            ++report.filesChecked;
        } else {
            report.warnings.push_back(quizPath.u8string() + ": no quiz for this stage yet");
        }
    }
}

void checkAssets(const std::filesystem::path& dataDir, DataCheckReport& report) {
    for (const char* file : assetfiles::all) {
        const auto path = dataDir / "assets" / file;
        std::error_code ec;
        if (!std::filesystem::is_regular_file(path, ec) || std::filesystem::file_size(path, ec) == 0)
            report.errors.add(path.u8string(), 0, "expected this asset file, found it missing or empty");
        ++report.filesChecked;
    }
}

} // namespace

DataCheckReport checkGameData(const std::filesystem::path& dataDir) {
    DataCheckReport report;
    checkLocales(dataDir, report);
    checkFactsAndLevels(dataDir, report);
    checkAssets(dataDir, report);
    return report;
}

} // namespace mobi
