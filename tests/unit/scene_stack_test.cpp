// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/SceneStack.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace mobi;

namespace {
struct FakeScene {
    std::string name;
    bool overlay = false;
};
SceneStack<FakeScene>::Factory make(std::string name, bool overlay = false) {
    return [name, overlay] { return std::make_unique<FakeScene>(FakeScene{name, overlay}); };
}
std::string names(const SceneStack<FakeScene>& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i)
        out += s.at(i).name + (i + 1 < s.size() ? "," : "");
    return out;
}
} // namespace

TEST_CASE("changes wait until applyPending", "[scenes]") {
    SceneStack<FakeScene> stack;
    stack.push(make("title"));
    CHECK(stack.empty());
    CHECK(stack.hasPending());
    CHECK(stack.applyPending());
    CHECK(names(stack) == "title");
    CHECK_FALSE(stack.applyPending());
}

TEST_CASE("queued changes apply in the order they were asked", "[scenes]") {
    SceneStack<FakeScene> stack;
    stack.push(make("title"));
    stack.push(make("menu"));
    stack.push(make("settings"));
    stack.pop();
    stack.applyPending();
    CHECK(names(stack) == "title,menu");
    stack.replaceTop(make("levelmap"));
    stack.push(make("pause", true));
    stack.applyPending();
    CHECK(names(stack) == "title,levelmap,pause");
    stack.clearAndPush(make("menu"));
    stack.applyPending();
    CHECK(names(stack) == "menu");
    stack.pop();
    stack.pop(); // popping an empty stack is harmless
    stack.applyPending();
    CHECK(stack.empty());
}

TEST_CASE("a factory may queue more changes, applied in the same call", "[scenes]") {
    SceneStack<FakeScene> stack;
    stack.push([&] {
        stack.push(make("notice", true));
        return std::make_unique<FakeScene>(FakeScene{"title", false});
    });
    stack.applyPending();
    CHECK(names(stack) == "title,notice");
}

TEST_CASE("overlays draw over the scene below them", "[scenes]") {
    SceneStack<FakeScene> stack;
    stack.push(make("menu"));
    stack.push(make("levelmap"));
    stack.push(make("pause", true));
    stack.push(make("confirm", true));
    stack.applyPending();
    auto isOverlay = [](const FakeScene& s) { return s.overlay; };
    CHECK(stack.firstVisible(isOverlay) == 1);
    CHECK(stack.top()->name == "confirm");
}
