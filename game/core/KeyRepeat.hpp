// SPDX-License-Identifier: GPL-3.0-or-later
// Which keys are down, to tell a key's first press from the window's repeats
// of it. Key repeat stays on (a held arrow walks through a menu's buttons),
// but a held Space or Enter must press a button once: a child holding Space
// to drive Mobi's bike in Le Grand Voyage would otherwise press, in turn,
// every button of the screens that follow (the end panel, the information
// card, the logbook, the quiz's first answer).
//
// A repeat comes as a second press of a key that is down, or, as X servers
// send it, as a release and a press together in one batch of events. So the
// release of a key whose repeats matter is kept until the batch is read
// (endOfBatch): if its press follows, both were a repeat and the key is
// still down.
#pragma once

#include <set>
#include <vector>

namespace mobi {

class KeyRepeat {
public:
    // A press of `key`: true if it is a new press, false for a repeat.
    bool press(int key) {
        if (m_releasing.erase(key) > 0) return false; // its release just before was the repeat's
        return m_down.insert(key).second;
    }
    // A release of a key whose repeats matter: held back until the batch ends.
    void releaseLater(int key) { m_releasing.insert(key); }
    // A release of any other key: at once.
    void release(int key) { m_down.erase(key); }
    // The batch of events is read: the releases held back were real ones, to pass on now.
    std::vector<int> endOfBatch() {
        std::vector<int> released(m_releasing.begin(), m_releasing.end());
        for (int key : released)
            m_down.erase(key);
        m_releasing.clear();
        return released;
    }
    void clear() { // the window lost the focus: the releases will not come
        m_down.clear();
        m_releasing.clear();
    }

private:
    std::set<int> m_down, m_releasing;
};

} // namespace mobi
