// SPDX-License-Identifier: GPL-3.0-or-later
#include "save/UserStore.hpp"

#include "save/AtomicFile.hpp"
#include "save/ProfilesXml.hpp"
#include "save/SettingsXml.hpp"

#include <exception>
#include <system_error>
#include <utility>

namespace mobi {

namespace fs = std::filesystem;

namespace {

// Exists, as a file, a folder or even a dangling link: anything that makes the
// name taken or that must not be silently replaced.
bool nameTaken(const fs::path& p) {
    std::error_code ec;
    return fs::exists(fs::symlink_status(p, ec));
}

std::string localStamp(std::time_t when) {
    std::tm tm{};
#ifdef _WIN32
    localtime_s(&tm, &when);
#else
    localtime_r(&when, &tm);
#endif
    char stamp[32] = {};
    std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
    return stamp;
}

} // namespace

std::string corruptAsideName(const fs::path& dir, const std::string& file, std::time_t when) {
    // A timestamp tells an adult when it happened; the suffix keeps two
    // damaged files from the same second apart, so neither is overwritten.
    const std::string base = file + ".corrupt-" + localStamp(when);
    std::string name = base;
    for (int n = 2; nameTaken(dir / name) && n < 10000; ++n)
        name = base + "-" + std::to_string(n);
    return name;
}

UserStore::UserStore(fs::path dir, bool readOnly) : m_dir(std::move(dir)), m_readOnly(readOnly) {}

bool UserStore::moveAside(const std::string& file, const std::string& detail) {
    if (m_readOnly) return false;
    const std::string aside = corruptAsideName(m_dir, file, std::time(nullptr));
    std::error_code ec;
    fs::rename(m_dir / file, m_dir / aside, ec);
    if (ec) return false;
    m_notices.push_back({SaveNotice::Kind::SetAside, file, aside, detail});
    return true;
}

template <class T, class Parse> bool UserStore::loadFile(FileState& state, T& value, Parse parse) {
    const std::string& name = state.name;
    const std::string bakName = name + ".bak";
    state.damagedInPlace = false;

    // 1. The main file. `problem` stays empty when it is simply not there
    // (first run), which is not worth a notice.
    std::string problem;
    if (nameTaken(m_dir / name)) {
        std::string text;
        if (readWholeFile(m_dir / name, text, &problem)) {
            if (std::optional<T> parsed = parse(text, problem)) {
                value = std::move(*parsed);
                return false;
            }
        }
        problem = name + ": " + problem;
        // Kept under another name, never deleted: an adult (or a newer game)
        // may still recover it.
        if (!moveAside(name, problem) && !m_readOnly) state.damagedInPlace = true;
    }

    // 2. The previous good copy.
    std::string bakProblem;
    if (nameTaken(m_dir / bakName)) {
        std::string text;
        if (readWholeFile(m_dir / bakName, text, &bakProblem)) {
            if (std::optional<T> parsed = parse(text, bakProblem)) {
                value = std::move(*parsed);
                const std::string why = problem.empty() ? name + " was missing" : problem;
                m_notices.push_back(
                    {SaveNotice::Kind::RestoredFromBackup, name, "", why + "; restored from " + bakName});
                return true;
            }
        }
        bakProblem = bakName + ": " + bakProblem;
        // A damaged .bak is set aside too: the next save would otherwise
        // rename over it.
        moveAside(bakName, bakProblem);
    }

    // 3. Nothing usable: defaults. Quiet on a first run (neither file there).
    if (!problem.empty() || !bakProblem.empty()) {
        std::string why = problem.empty() ? name + " was missing" : problem;
        why += bakProblem.empty() ? "; no " + bakName : "; " + bakProblem;
        m_notices.push_back({SaveNotice::Kind::StartedFresh, name, "", why + "; started from defaults"});
    }
    return false;
}

void UserStore::load() {
    m_settings = Settings();
    m_profiles = ProfileBook();
    m_class = ProfileBook();
    bool settingsRestored = false;
    bool profilesRestored = false;
    bool classRestored = false;
    try {
        settingsRestored = loadFile(m_settingsFile, m_settings, settingsFromXml);
        profilesRestored = loadFile(m_profilesFile, m_profiles, profilesFromXml);
        classRestored = loadFile(m_classFile, m_class, profilesFromXml);
    } catch (const std::exception& e) {
        // Out of memory or a path the OS cannot represent. Start from defaults,
        // but make the next save move the existing files aside instead of
        // overwriting them: they may be perfectly good.
        m_settings = Settings();
        m_profiles = ProfileBook();
        m_class = ProfileBook();
        settingsRestored = profilesRestored = classRestored = false;
        m_settingsFile.damagedInPlace = !m_readOnly && nameTaken(m_dir / m_settingsFile.name);
        m_profilesFile.damagedInPlace = !m_readOnly && nameTaken(m_dir / m_profilesFile.name);
        m_classFile.damagedInPlace = !m_readOnly && nameTaken(m_dir / m_classFile.name);
        m_notices.push_back({SaveNotice::Kind::StartedFresh, "", "",
                             std::string("loading failed: ") + e.what() + "; started from defaults"});
    }

    // The last player may point at a slot that no longer holds a profile
    // (the two files are restored independently).
    const int last = m_settings.lastProfile;
    if (last >= 0 && (last >= kMaxProfiles || !m_profiles.slots[static_cast<std::size_t>(last)]))
        m_settings.lastProfile = -1;

    // A restored file becomes the main file again now, so the same notice is
    // not shown at every start. The .bak is left as it is (the main name is
    // free, so nothing is rotated). Read-only mode writes nothing.
    if (!m_readOnly) {
        if (settingsRestored) saveSettings();
        if (profilesRestored || classRestored) saveProfiles();
    }
}

Profile& UserStore::classProfile(const std::string& name, const std::string& codeSet) {
    auto& slot = m_class.slots[0];
    if (!slot) {
        slot = Profile{};
        slot->name = name;
        slot->ageBand = AgeBand::Young; // a class reads the short cards (see SceneContext::youngReader)
        slot->colour = 6;
    }
    slot->codeSet = codeSet;
    return *slot;
}

void UserStore::addWriteFailed(const std::string& file, const std::string& detail) {
    // Autosave may fail many times in a row (disk full): one notice is enough.
    for (const SaveNotice& n : m_notices)
        if (n.kind == SaveNotice::Kind::WriteFailed && n.file == file) return;
    m_notices.push_back({SaveNotice::Kind::WriteFailed, file, "", detail});
}

bool UserStore::save(FileState& state, const std::string& content) {
    if (m_readOnly) return true;
    std::error_code ec;
    fs::create_directories(m_dir, ec);
    if (ec) {
        addWriteFailed(state.name, "cannot create the folder \"" + m_dir.u8string() + "\": " + ec.message());
        return false;
    }
    if (state.damagedInPlace) {
        if (!moveAside(state.name, state.name + " was damaged")) {
            addWriteFailed(state.name, state.name +
                                           " is damaged and cannot be moved aside; not saving, so "
                                           "that the good " +
                                           state.name + ".bak is not replaced");
            return false;
        }
        state.damagedInPlace = false;
    }
    std::string error;
    if (!writeFileAtomically(m_dir / state.name, content, &error)) {
        addWriteFailed(state.name, error);
        return false;
    }
    return true;
}

bool UserStore::saveSettings() {
    try {
        return save(m_settingsFile, settingsToXml(m_settings));
    } catch (const std::exception& e) {
        addWriteFailed(m_settingsFile.name, e.what());
        return false;
    }
}

bool UserStore::saveProfiles() {
    try {
        const bool children = save(m_profilesFile, profilesToXml(m_profiles));
        return (!hasClassProfile() || save(m_classFile, profilesToXml(m_class))) && children;
    } catch (const std::exception& e) {
        addWriteFailed(m_profilesFile.name, e.what());
        return false;
    }
}

} // namespace mobi
