// --export-guide: a page per stage, self-contained, with the answers marked.
#include "content/TeacherGuide.hpp"
#include "content/XmlNode.hpp"

#include <catch2/catch.hpp>

#include <chrono>

using namespace mobi;
namespace fs = std::filesystem;

TEST_CASE("the teacher guide writes a self-contained page per stage", "[guide]") {
    const fs::path out =
        fs::temp_directory_path() /
        ("mobi_guide_" + std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
    for (const char* lang : {"fr", "en"}) {
        const GuideReport report = exportTeacherGuide(fs::u8path(MOBI_SOURCE_DIR), lang, out / lang);
        INFO(report.errors.toString());
        CHECK(report.errors.empty());
        REQUIRE(report.written.size() == 8); // six stages, the debate, and an index
        for (const auto& page : report.written) {
            const auto html = readTextFile(page.u8string());
            REQUIRE(html);
            INFO(page.u8string());
            CHECK(html->find("<!DOCTYPE html>") == 0);
            // Nothing the page would fetch from a network: no remote link, script or font.
            CHECK(html->find("http") == std::string::npos);
            CHECK(html->find("<script") == std::string::npos);
            CHECK(html->find("//") == std::string::npos);
        }
        const auto mine = readTextFile((out / lang / "01_mine.html").u8string());
        REQUIRE(mine);
        CHECK(mine->find("E1") != std::string::npos); // the key fact, with its source
        CHECK(mine->find("ADEME") != std::string::npos);
        const auto debate = readTextFile((out / lang / "07_debate.html").u8string());
        REQUIRE(debate);
        CHECK(debate->find("BISOU") != std::string::npos); // the debate cards are in the guide
    }
    fs::remove_all(out);
}

TEST_CASE("HTML escaping leaves no markup in texts", "[guide]") {
    CHECK(escapeHtml("<b>&\"'") == "&lt;b&gt;&amp;&quot;&#39;");
}
