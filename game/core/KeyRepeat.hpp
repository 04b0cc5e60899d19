// Which keys are down, to tell a key's first press from the window's repeats
// of it. Key repeat stays on (a held arrow walks through a menu's buttons),
// but a held Space or Enter must press a button once: a child holding Space
// to drive Mobi's bike in Le Grand Voyage would otherwise press, in turn,
// every button of the screens that follow (the end panel, the information
// card, the logbook, the quiz's first answer).
#pragma once

#include <set>

namespace mobi {

class KeyRepeat {
public:
    // A press of `key`: true the first time since it went down, false for a repeat.
    bool press(int key) { return m_down.insert(key).second; }
    void release(int key) { m_down.erase(key); }
    void clear() { m_down.clear(); } // the window lost the focus: the releases will not come
private:
    std::set<int> m_down;
};

} // namespace mobi
