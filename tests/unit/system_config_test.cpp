// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/SystemConfig.hpp"

#include <catch2/catch.hpp>

using namespace mobi;

namespace {
const std::vector<std::string> kLanguages = {"fr", "en"};

SystemConfig parse(const std::string& text, ErrorList& errors) {
    return loadSystemConfig(text, "system.xml", errors);
}
} // namespace

TEST_CASE("system configuration: every attribute read", "[system]") {
    ErrorList errors;
    const auto c = parse(R"(<system version="1" class="true" kiosk="true" mute="true" language="en"
        fullscreen="false" lowDetail="true" textSize="2" font="opendyslexic" uppercase="true" codeSet="B"
        classSession="full" readAloud="on" voiceVolume="60" saves="/srv/mobi/{user}"/>)",
                         errors);
    REQUIRE(errors.empty());
    CHECK(c.classMode);
    CHECK(c.kiosk);
    CHECK(c.mute);
    CHECK(c.language == std::optional<std::string>("en"));
    CHECK(c.fullscreen == std::optional<bool>(false));
    CHECK(c.lowDetail == std::optional<bool>(true));
    CHECK(c.textSize == std::optional<int>(2));
    CHECK(c.font == std::optional<std::string>("opendyslexic"));
    CHECK(c.uppercase == std::optional<bool>(true));
    CHECK(c.codeSet == std::optional<std::string>("B"));
    CHECK(c.classSession == std::optional<std::string>("full"));
    CHECK(c.readAloud == std::optional<std::string>("on"));
    CHECK(c.voiceVolume == std::optional<int>(60));
    CHECK(c.saves == "/srv/mobi/{user}");
}

TEST_CASE("system configuration: mistakes named with file:line, the rest still applies", "[system]") {
    ErrorList errors;
    const auto c =
        parse("<system version=\"1\"\n  class=\"true\"\n  kioks=\"true\" textSize=\"9\"/>", errors);
    CHECK_THAT(errors.toString(), Catch::Contains("system.xml:3: <system>: unknown attribute \"kioks\""));
    CHECK_THAT(errors.toString(), Catch::Contains("textSize"));
    CHECK(c.classMode);
    CHECK_FALSE(c.kiosk);

    ErrorList wrongRoot;
    parse("<settings version=\"1\"/>", wrongRoot);
    CHECK_FALSE(wrongRoot.empty());
    ErrorList notXml;
    parse("class=true", notXml);
    CHECK_FALSE(notXml.empty());
}

TEST_CASE("system configuration: the command line wins; class and kiosk only switch on", "[system]") {
    ErrorList errors;
    const auto c =
        parse(R"(<system version="1" class="true" language="en" lowDetail="true" codeSet="B"/>)", errors);
    REQUIRE(errors.empty());
    Options fromCommandLine;
    fromCommandLine.language = "fr";
    fromCommandLine.lowDetail = false;
    applySystemConfig(c, kLanguages, "lea", fromCommandLine);
    CHECK(fromCommandLine.language == std::optional<std::string>("fr"));
    CHECK(fromCommandLine.lowDetail == std::optional<bool>(false));
    CHECK(fromCommandLine.codeSet == std::optional<std::string>("B"));
    CHECK(fromCommandLine.classMode);

    Options nothingGiven;
    applySystemConfig(SystemConfig{}, kLanguages, "lea", nothingGiven);
    CHECK_FALSE(nothingGiven.classMode);
    CHECK_FALSE(nothingGiven.language);
}

TEST_CASE("system configuration: an unknown language is ignored, so the game still starts", "[system]") {
    SystemConfig c;
    c.language = "de";
    Options o;
    applySystemConfig(c, kLanguages, "lea", o);
    CHECK_FALSE(o.language);
}

TEST_CASE("system configuration: a saves folder per login name", "[system]") {
    SystemConfig c;
    c.saves = "/srv/mobi/{user}/saves";
    Options o;
    applySystemConfig(c, kLanguages, "l.martin", o);
    CHECK(o.userDir == "/srv/mobi/l.martin/saves");

    SystemConfig twice;
    twice.saves = "/srv/{user}/mobi/{user}";
    Options both;
    applySystemConfig(twice, kLanguages, "lea", both);
    CHECK(both.userDir == "/srv/lea/mobi/lea");

    Options explicitDir;
    explicitDir.userDir = "/tmp/mine";
    applySystemConfig(c, kLanguages, "lea", explicitDir);
    CHECK(explicitDir.userDir == "/tmp/mine");

    CHECK(folderSafeUserName("DOMAIN\\Léa Martin") == "DOMAIN_L__a_Martin");
    CHECK(folderSafeUserName("..") == "player");
    CHECK(folderSafeUserName("") == "player");
    CHECK(folderSafeUserName("../../etc") == ".._.._etc");
}

TEST_CASE("system configuration: where it is looked for", "[system]") {
    const auto candidates = systemConfigCandidates("/opt/mobi/bin", "C:\\ProgramData");
#ifdef _WIN32
    CHECK(candidates.front() == std::filesystem::u8path("C:\\ProgramData") / "Mobi2070" / "system.xml");
#else
    CHECK(candidates.front() == "/etc/mobi2070/system.xml");
#endif
    CHECK(candidates.back() == std::filesystem::path("/opt/mobi/bin/system.xml"));
    CHECK(systemConfigCandidates({}, nullptr).size() == 1);
}

TEST_CASE("system configuration: a missing file given on the command line is an error", "[system]") {
    Options o;
    o.systemConfig = "/nonexistent/system.xml";
    ErrorList errors;
    CHECK_FALSE(findSystemConfigFor(o, {}, errors));
    CHECK_THAT(errors.toString(), Catch::Contains("/nonexistent/system.xml: no such file"));
}
