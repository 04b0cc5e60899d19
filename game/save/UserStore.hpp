// SPDX-License-Identifier: GPL-3.0-or-later
// The one owner of the user-data folder: loads settings.xml and profiles.xml
// at start, saves them on change, and never loses progress on the way.
//
// A damaged file (not XML, cut short, empty, wrong root, unknown version) is
// never deleted or overwritten: it is renamed aside to
// "<name>.corrupt-YYYYMMDD-HHMMSS" (then "-2", "-3"… if that is taken), the
// previous good copy "<name>.bak" is used when it is good, and otherwise the
// game starts from defaults. Every such event is recorded as a SaveNotice for
// the UI to show once. load() and the save functions never throw.
//
// Read-only mode (screenshots, tests, a teacher's demo) reads the folder but
// writes, renames and creates nothing in it.
#pragma once

#include "save/Profile.hpp"
#include "save/Settings.hpp"

#include <ctime>
#include <filesystem>
#include <string>
#include <vector>

namespace mobi {

inline constexpr const char* kSettingsFileName = "settings.xml";
inline constexpr const char* kProfilesFileName = "profiles.xml";
// A class session's own progress, apart from the children's players (slot 0 of its book).
inline constexpr const char* kClassFileName = "class.xml";

struct SaveNotice {
    enum class Kind {
        SetAside,           // a damaged file was renamed to asideName (kept, not deleted)
        RestoredFromBackup, // file was damaged or missing; its .bak was used instead
        StartedFresh,       // file and its .bak were both unusable; defaults are used
        WriteFailed,        // saving file failed (disk full, no permission…); detail says why
    };
    Kind kind = Kind::StartedFresh;
    std::string file;      // e.g. "profiles.xml", or "profiles.xml.bak" for a damaged backup
    std::string asideName; // SetAside only: the new name, e.g. "profiles.xml.corrupt-20250314-093000"
    std::string detail;    // the technical reason, in English, for logs and adults (not shown to children)
};

// The name a damaged `file` in `dir` is renamed to: "<file>.corrupt-" plus the
// local date and time of `when` (YYYYMMDD-HHMMSS), with "-2", "-3"… appended
// while the name is already taken in `dir`.
std::string corruptAsideName(const std::filesystem::path& dir, const std::string& file, std::time_t when);

class UserStore {
public:
    UserStore(std::filesystem::path dir, bool readOnly);

    // Reads both files (see the top of this file). Until it is called, the
    // store holds defaults. Calling it again reloads from the folder.
    void load();

    Settings& settings() { return m_settings; }
    const Settings& settings() const { return m_settings; }
    ProfileBook& profiles() { return m_profiles; }
    const ProfileBook& profiles() const { return m_profiles; }
    // The class's own player, made on first use with `name` and the session's code set:
    // a class session never writes into a child's journey.
    Profile& classProfile(const std::string& name, const std::string& codeSet);
    bool hasClassProfile() const { return m_class.slots[0].has_value(); }

    // Write the file atomically (see AtomicFile.hpp), creating the folder if
    // needed. In read-only mode they do nothing and return true. A failure
    // adds a WriteFailed notice (once until the notices are cleared) and
    // returns false; the values stay in memory, so a later save can succeed.
    bool saveSettings();
    bool saveProfiles(); // and the class's, when there is one

    const std::filesystem::path& dir() const { return m_dir; }
    bool readOnly() const { return m_readOnly; }

    // What went wrong since the last clearNotices(), oldest first.
    const std::vector<SaveNotice>& notices() const { return m_notices; }
    void clearNotices() { m_notices.clear(); }

private:
    // What load() learnt about one file that the next save must respect.
    struct FileState {
        std::string name;
        // A damaged main file that could not be renamed aside. Saving would
        // rename it over the good .bak, so the next save first retries moving
        // it aside and refuses to write if that still fails.
        bool damagedInPlace = false;
    };

    // Loads one file into `value` (left as is when nothing usable is found).
    // Returns true when the value came from the .bak. Defined and used only
    // in UserStore.cpp.
    template <class T, class Parse> bool loadFile(FileState& state, T& value, Parse parse);

    bool save(FileState& state, const std::string& content);
    // Renames a damaged file aside and records a SetAside notice. Returns
    // false (and records nothing) in read-only mode or when the rename fails.
    bool moveAside(const std::string& file, const std::string& detail);
    void addWriteFailed(const std::string& file, const std::string& detail);

    std::filesystem::path m_dir;
    bool m_readOnly;
    Settings m_settings;
    ProfileBook m_profiles;
    ProfileBook m_class;
    FileState m_settingsFile{kSettingsFileName};
    FileState m_profilesFile{kProfilesFileName};
    FileState m_classFile{kClassFileName};
    std::vector<SaveNotice> m_notices;
};

} // namespace mobi
