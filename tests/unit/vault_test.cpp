// SPDX-License-Identifier: GPL-3.0-or-later
// The vault: code sets in data, their checks, and the code logic.
#include "content/Languages.hpp"
#include "content/VaultData.hpp"
#include "content/XmlNode.hpp"
#include "levels/LevelRegistry.hpp"
#include "vault/VaultCode.hpp"

#include <catch2/catch.hpp>

#include <set>
#include <string>

using namespace mobi;

namespace {
const std::filesystem::path kSource = std::filesystem::u8path(MOBI_SOURCE_DIR);

std::string shippedVault() {
    auto text = readTextFile(vaultFile(kSource).u8string());
    REQUIRE(text);
    return *text;
}
} // namespace

TEST_CASE("the shipped vault holds sets A and B, every id checked", "[vault]") {
    ErrorList errors;
    const FactBook facts = loadFactsFile((kSource / "levels" / "facts.xml").u8string(), errors);
    const StringTable fr = loadStringTableFile((kSource / "locale" / "fr.xml").u8string(), errors);
    const StringTable en = loadStringTableFile((kSource / "locale" / "en.xml").u8string(), errors);
    const VaultBook book = loadVaultFile(vaultFile(kSource).u8string(), {&facts, &fr}, errors);
    INFO(errors.toString());
    REQUIRE(errors.empty());
    auto code = [&](const std::string& id) {
        std::string digits;
        for (const auto& d : book.find(id)->digits)
            digits += std::to_string(d.value);
        return digits;
    };
    CHECK(code("A") == "534628");
    CHECK(code("B") == "784315");
    for (const auto& set : book.sets)
        for (const auto& d : set.digits)
            CHECK(en.find(d.hintId)); // the hints exist in English too
    // The level's own logbook sentence can explain only one digit: every other digit of that level
    // names its own sentence, in both languages (a logbook showing set A's "fifty metals" beside set
    // B's 7, or L'Usine's "3 parts out of 4" beside set B's 8, would mislead).
    int ownSentences = 0;
    for (const LevelInfo& info : allLevels()) {
        if (!info.built) continue;
        std::set<int> onKeySentence;
        for (const auto& set : book.sets) {
            const VaultDigitDef* d = set.digitFor(info.id);
            REQUIRE(d);
            INFO("set " << set.id << ", level " << info.id);
            if (d->textId.empty()) {
                onKeySentence.insert(d->value);
                continue;
            }
            ++ownSentences;
            CHECK(fr.find(d->textId));
            CHECK(en.find(d->textId));
        }
        INFO("level " << info.id);
        CHECK(onKeySentence.size() <= 1);
    }
    CHECK(ownSentences >= 3); // set B's mine, factory and rebirth digits
    ErrorList badText;
    std::string text = shippedVault();
    const std::string from = "hint=\"vault.hint.B.mine\" text=\"logbook.B.mine\"";
    REQUIRE(text.find(from) != std::string::npos);
    text.replace(text.find(from), from.size(), "hint=\"vault.hint.B.mine\" text=\"logbook.B.mnie\"");
    loadVault(text, "vault.xml", {&facts, &fr}, badText);
    CHECK_THAT(badText.toString(), Catch::Contains("<digit> attribute \"text\": expected a string id of "
                                                   "locale/fr.xml, found \"logbook.B.mnie\""));
}

TEST_CASE("a teacher can add a set C by editing the file", "[vault]") {
    std::string text = shippedVault();
    const std::string setC = R"(<set id="C">
    <digit level="mine" value="1" fact="E1" hint="vault.hint.A.mine"/>
    <digit level="factory" value="2" fact="M1" hint="vault.hint.A.factory"/>
    <digit level="journey" value="3" fact="T1" hint="vault.hint.A.journey"/>
    <digit level="pocket" value="4" fact="U1" hint="vault.hint.A.pocket"/>
    <digit level="drawer" value="5" fact="F6" hint="vault.hint.A.drawer"/>
    <digit level="rebirth" value="6" fact="R2" hint="vault.hint.A.rebirth"/>
  </set>
</vault>)";
    text.replace(text.find("</vault>"), 8, setC);
    ErrorList errors;
    const VaultBook book = loadVault(text, "vault.xml", {}, errors);
    INFO(errors.toString());
    REQUIRE(errors.empty());
    REQUIRE(book.find("C"));
    CHECK(book.find("C")->digitFor("pocket")->value == 4);
    CHECK(book.setOrDefault("C")->id == "C");
    CHECK(book.setOrDefault("nope")->id == "A");
}

TEST_CASE("vault mistakes are named with file and line", "[vault]") {
    ErrorList setup;
    const FactBook facts = loadFactsFile(std::string(MOBI_TEST_DATA_DIR) + "/levels/facts.xml", setup);
    ErrorList errors;
    loadVaultFile(std::string(MOBI_TEST_DATA_DIR) + "/vault/wrong_order.xml", {&facts, nullptr}, errors);
    const std::string all = errors.toString();
    INFO(all);
    CHECK(all.find("wrong_order.xml:6: <digit> attribute \"value\": expected a whole number from 0 to 9, "
                   "found 12") != std::string::npos);
    CHECK(all.find("wrong_order.xml:10: <digit> attribute \"fact\": expected a verified fact") !=
          std::string::npos);
    CHECK(all.find("wrong_order.xml:4: <set id=\"A\">: expected one digit per level in this order") !=
          std::string::npos);
    ErrorList noA;
    loadVault("<vault version=\"1\"></vault>", "empty.xml", {}, noA);
    CHECK(noA.toString().find("expected a code set with id \"A\"") != std::string::npos);
}

TEST_CASE("checking the code dial by dial", "[vault]") {
    ErrorList errors;
    const VaultBook book = loadVault(shippedVault(), "vault.xml", {}, errors);
    const CodeSet& a = *book.find("A");
    std::vector<std::optional<int>> entered = {5, 3, 4, 6, 2, 8};
    CHECK(codeOpens(checkCode(a, entered)));
    entered[3] = 9;
    const auto results = checkCode(a, entered);
    CHECK_FALSE(codeOpens(results));
    CHECK_FALSE(results[3].right);
    CHECK(results[3].level == "pocket"); // the wrong dial leads to its level's hint and logbook page
    CHECK(results[0].right);
    entered[3] = std::nullopt;
    CHECK_FALSE(checkCode(a, entered)[3].right); // an empty dial is not right
}

TEST_CASE("the digits a player has found come from the levels done", "[vault]") {
    ErrorList errors;
    const VaultBook book = loadVault(shippedVault(), "vault.xml", {}, errors);
    Profile p;
    p.levels["mine"].done = true;
    p.levels["rebirth"].done = true;
    const auto found = foundDigits(*book.find("B"), &p);
    REQUIRE(found.size() == 6);
    CHECK(found[0] == 7);
    CHECK_FALSE(found[1].has_value());
    CHECK(found[5] == 5);
    CHECK(foundDigits(*book.find("A"), nullptr) == std::vector<std::optional<int>>(6));
}

TEST_CASE("a winning run through the vault, without a display", "[vault]") {
    // A player finishes all six levels, takes the digits found, enters them
    // dial by dial in life-cycle order, and the vault opens.
    ErrorList errors;
    const VaultBook book = loadVault(shippedVault(), "vault.xml", {}, errors);
    for (const auto& set : book.sets) {
        Profile p;
        p.codeSet = set.id;
        std::vector<std::optional<int>> entered(6);
        CHECK_FALSE(codeOpens(checkCode(set, entered)));
        for (const auto& d : set.digits)
            p.levels[d.level].done = true;
        const auto found = foundDigits(set, &p);
        for (std::size_t i = 0; i < found.size(); ++i)
            entered[i] = found[i];
        INFO("set " << set.id);
        CHECK(codeOpens(checkCode(set, entered)));
        // Swapping two dials (out of life-cycle order) does not open it.
        std::swap(entered[0], entered[1]);
        CHECK_FALSE(codeOpens(checkCode(set, entered)));
    }
}
