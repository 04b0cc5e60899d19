// SPDX-License-Identifier: GPL-3.0-or-later
// The kill test for saves: a child process saves progress over and over with
// the game's own UserStore, and is killed with SIGKILL at a random moment, 200
// times in a row in the same folder (a family PC switched off at the wall).
// After each kill a fresh UserStore loads the folder, as the game would at its
// next start, and must find at least the progress the child had confirmed as
// saved: never older, never reset to a new game, never a damaged file.
//
//   save_kill [KILLS] [SEED]      prints the figures; exits 1 if anything was lost
#include "save/UserStore.hpp"

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace mobi;

namespace {

// Progress number n, written into every slot so that a mix of two saves would
// show. Each player's name carries n; finishing the mine gives digit n % 10.
void writeProgress(UserStore& store, long n) {
    for (int slot = 0; slot < kMaxProfiles; ++slot) {
        Profile p;
        p.name = "P" + std::to_string(n);
        p.levels["mine"] = LevelProgress{true, static_cast<int>(n % 10)};
        store.profiles().slots[static_cast<std::size_t>(slot)] = p;
    }
    store.settings().language = "en";
    store.settings().lastProfile = static_cast<int>(n % kMaxProfiles);
}

// The progress number in the folder, or -1 with the reason when the eight
// slots are missing or disagree.
long readProgress(const UserStore& store, std::string& why) {
    long n = -1;
    for (const auto& slot : store.profiles().slots) {
        if (!slot || slot->name.size() < 2 || slot->name[0] != 'P') {
            why = "a slot is empty or not ours";
            return -1;
        }
        const long value = std::strtol(slot->name.c_str() + 1, nullptr, 10);
        const auto mine = slot->levels.find("mine");
        if (mine == slot->levels.end() || !mine->second.done || mine->second.digit != value % 10) {
            why = "the mine's progress does not match the name";
            return -1;
        }
        if (n != -1 && value != n) {
            why = "two slots come from different saves";
            return -1;
        }
        n = value;
    }
    return n;
}

// The child: carries on from what is on disk, saves forever, and tells the
// parent through `pipeOut` each number whose save has returned.
[[noreturn]] void saveForever(const fs::path& dir, int pipeOut) {
    UserStore store(dir, false);
    store.load();
    std::string why;
    long n = std::max(0L, readProgress(store, why));
    for (;;) {
        ++n;
        writeProgress(store, n);
        const bool saved = store.saveProfiles() && store.saveSettings();
        if (saved && write(pipeOut, &n, sizeof n) != static_cast<ssize_t>(sizeof n)) _exit(3);
    }
}

} // namespace

int main(int argc, char** argv) {
    const int kills = argc > 1 ? std::atoi(argv[1]) : 200;
    const unsigned seed = argc > 2 ? static_cast<unsigned>(std::atoi(argv[2])) : 2070u;
    const fs::path dir = fs::temp_directory_path() / ("mobi2070-save-kill-" + std::to_string(getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> delayUs(0, 40000);

    long confirmed = 0; // the highest number the child said was saved
    int lost = 0, restoredFromBackup = 0, leftTmp = 0, onlyBak = 0, savesTotal = 0;
    for (int k = 0; k < kills; ++k) {
        int fds[2];
        if (pipe(fds) != 0) return 2;
        const pid_t child = fork();
        if (child < 0) return 2;
        if (child == 0) {
            close(fds[0]);
            saveForever(dir, fds[1]);
        }
        close(fds[1]);
        usleep(static_cast<useconds_t>(delayUs(rng)));
        kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        long n = 0;
        while (read(fds[0], &n, sizeof n) == static_cast<ssize_t>(sizeof n)) {
            confirmed = std::max(confirmed, n);
            ++savesTotal;
        }
        close(fds[0]);

        // Where in a save the kill landed, from what it left on disk.
        if (fs::exists(dir / "profiles.xml.tmp") || fs::exists(dir / "settings.xml.tmp")) ++leftTmp;
        if (!fs::exists(dir / "profiles.xml") && fs::exists(dir / "profiles.xml.bak")) ++onlyBak;

        UserStore next(dir, false);
        next.load();
        std::string why;
        const long found = readProgress(next, why);
        bool freshStart = false;
        for (const auto& notice : next.notices()) {
            if (notice.kind == SaveNotice::Kind::RestoredFromBackup) ++restoredFromBackup;
            if (notice.kind == SaveNotice::Kind::StartedFresh || notice.kind == SaveNotice::Kind::SetAside)
                freshStart = true;
        }
        const bool settingsKept = confirmed == 0 || next.settings().language == "en";
        // Before the first confirmed save there is nothing to lose yet.
        const bool progressKept = confirmed == 0 || found >= confirmed;
        if (!progressKept || freshStart || !settingsKept) {
            ++lost;
            std::printf("kill %d: confirmed %ld, found %ld%s%s%s\n", k + 1, confirmed, found,
                        why.empty() ? "" : (" (" + why + ")").c_str(),
                        freshStart ? ", a file was set aside" : "", settingsKept ? "" : ", settings reset");
        }
    }
    fs::remove_all(dir);
    std::printf("save kill test: %d kills, %d saves confirmed, %d kills left a .tmp, %d left only the .bak, "
                "%d loads restored from the .bak, %d progress lost\n",
                kills, savesTotal, leftTmp, onlyBak, restoredFromBackup, lost);
    return lost == 0 && kills > 0 ? 0 : 1;
}
