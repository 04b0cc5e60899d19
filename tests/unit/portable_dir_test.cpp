// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of where saves go for a portable copy of the game (a .zip unpacked on a
// USB stick): beside the executable when portable.txt is there and the folder
// can be written, else the usual user folder; --user-dir always wins.
#include "save/UserDir.hpp"

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <fstream>
#include <random>

using namespace mobi;
namespace fs = std::filesystem;
using Why = UserDirChoice::Why;

namespace {

// A fresh folder under the system temp folder, removed with its content at the end.
class ScratchDir {
public:
    ScratchDir() {
        static std::atomic<int> counter{0};
        const auto tick = std::chrono::steady_clock::now().time_since_epoch().count();
        m_path = fs::temp_directory_path() /
                 ("mobi-portable-test-" + std::to_string(tick) + "-" +
                  std::to_string(std::random_device{}()) + "-" + std::to_string(counter++));
        fs::create_directories(m_path);
    }
    ~ScratchDir() {
        std::error_code ec;
        fs::remove_all(m_path, ec);
    }
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;
    const fs::path& path() const { return m_path; }

private:
    fs::path m_path;
};

void touch(const fs::path& file) {
    std::ofstream out(file, std::ios::binary);
    out << "portable\n";
    REQUIRE(out.good());
}

const fs::path kPlatform = pathFromUtf8("/home/léa/.local/share/mobi2070");
const fs::path kStick = pathFromUtf8("/media/léa/CLÉ USB/Mobi2070");

} // namespace

TEST_CASE("chooseUserDir: --user-dir wins over everything", "[save][portable]") {
    const UserDirChoice c = chooseUserDir("/tmp/classe-cm1", kStick, true, true, kPlatform);
    CHECK(c.why == Why::CommandLine);
    CHECK(c.dir == pathFromUtf8("/tmp/classe-cm1"));
}

TEST_CASE("chooseUserDir: a portable copy keeps its saves beside itself", "[save][portable]") {
    const UserDirChoice c = chooseUserDir("", kStick, true, true, kPlatform);
    CHECK(c.why == Why::Portable);
    CHECK(c.dir == kStick / "saves");
    CHECK(pathToUtf8(c.dir.parent_path()) == "/media/léa/CLÉ USB/Mobi2070"); // accents survive
}

TEST_CASE("chooseUserDir: a read-only portable copy falls back to the user folder", "[save][portable]") {
    const UserDirChoice c = chooseUserDir("", kStick, true, false, kPlatform);
    CHECK(c.why == Why::PortableReadOnly);
    CHECK(c.dir == kPlatform);
}

TEST_CASE("chooseUserDir: without the marker the user folder is used", "[save][portable]") {
    CHECK(chooseUserDir("", kStick, false, true, kPlatform).why == Why::Platform);
    CHECK(chooseUserDir("", kStick, false, true, kPlatform).dir == kPlatform);
    // An unknown executable folder cannot be portable.
    CHECK(chooseUserDir("", fs::path(), true, true, kPlatform).dir == kPlatform);
}

TEST_CASE("hasPortableMarker looks for a file named portable.txt", "[save][portable]") {
    ScratchDir exe;
    CHECK_FALSE(hasPortableMarker(exe.path()));
    CHECK_FALSE(hasPortableMarker(fs::path()));
    fs::create_directory(exe.path() / "portable.txt"); // a folder of that name is not the marker
    CHECK_FALSE(hasPortableMarker(exe.path()));
    fs::remove(exe.path() / "portable.txt");
    touch(exe.path() / "portable.txt");
    CHECK(hasPortableMarker(exe.path()));
}

TEST_CASE("folderIsWritable creates the folder and leaves no probe behind", "[save][portable]") {
    ScratchDir exe;
    const fs::path saves = exe.path() / "saves";
    CHECK(folderIsWritable(saves));
    CHECK(fs::is_directory(saves));
    CHECK(fs::is_empty(saves));
    CHECK(folderIsWritable(saves)); // an existing folder too
}

TEST_CASE("folderIsWritable is false when the folder cannot be made", "[save][portable]") {
    // Permissions cannot be relied on (root and Windows administrators ignore
    // them), so block the folder with a file of the same name.
    ScratchDir exe;
    touch(exe.path() / "saves");
    CHECK_FALSE(folderIsWritable(exe.path() / "saves"));
    CHECK_FALSE(folderIsWritable(exe.path() / "saves" / "inside"));
}

TEST_CASE("resolveUserDir applies the rule to the disk", "[save][portable]") {
    ScratchDir exe;
    SECTION("no marker: the platform's folder, and nothing created beside the program") {
        CHECK(resolveUserDir("", exe.path()).dir == defaultUserDir());
        CHECK_FALSE(fs::exists(exe.path() / "saves"));
    }
    SECTION("marker: <exe dir>/saves") {
        touch(exe.path() / "portable.txt");
        const UserDirChoice c = resolveUserDir("", exe.path());
        CHECK(c.why == Why::Portable);
        CHECK(c.dir == exe.path() / "saves");
    }
    SECTION("marker but the saves folder is blocked: the platform's folder") {
        touch(exe.path() / "portable.txt");
        touch(exe.path() / "saves");
        const UserDirChoice c = resolveUserDir("", exe.path());
        CHECK(c.why == Why::PortableReadOnly);
        CHECK(c.dir == defaultUserDir());
    }
    SECTION("--user-dir: used as given, nothing probed") {
        touch(exe.path() / "portable.txt");
        CHECK(resolveUserDir("/tmp/élèves", exe.path()).dir == pathFromUtf8("/tmp/élèves"));
        CHECK_FALSE(fs::exists(exe.path() / "saves"));
    }
}
