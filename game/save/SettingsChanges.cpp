// SPDX-License-Identifier: GPL-3.0-or-later
#include "save/SettingsChanges.hpp"

namespace mobi {
namespace {
template <typename T> bool copyIfChanged(const T& before, const T& after, T& stored) {
    if (before == after) return false;
    stored = after;
    return true;
}
} // namespace

bool copyChangedSettings(const Settings& b, const Settings& a, Settings& s) {
    bool changed = false;
    changed |= copyIfChanged(b.language, a.language, s.language);
    changed |= copyIfChanged(b.fullscreen, a.fullscreen, s.fullscreen);
    changed |= copyIfChanged(b.textSize, a.textSize, s.textSize);
    changed |= copyIfChanged(b.font, a.font, s.font);
    changed |= copyIfChanged(b.uppercase, a.uppercase, s.uppercase);
    changed |= copyIfChanged(b.musicVolume, a.musicVolume, s.musicVolume);
    changed |= copyIfChanged(b.effectsVolume, a.effectsVolume, s.effectsVolume);
    changed |= copyIfChanged(b.lowDetail, a.lowDetail, s.lowDetail);
    changed |= copyIfChanged(b.lastProfile, a.lastProfile, s.lastProfile);
    changed |= copyIfChanged(b.promises, a.promises, s.promises);
    changed |= copyIfChanged(b.codeSet, a.codeSet, s.codeSet);
    changed |= copyIfChanged(b.classSession, a.classSession, s.classSession);
    changed |= copyIfChanged(b.readAloud, a.readAloud, s.readAloud);
    changed |= copyIfChanged(b.voiceVolume, a.voiceVolume, s.voiceVolume);
    return changed;
}

} // namespace mobi
