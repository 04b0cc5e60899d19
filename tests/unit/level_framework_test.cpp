// SPDX-License-Identifier: GPL-3.0-or-later
// The level framework's blocks, on a level made only of its file and a few
// lines of rules (tests/data/levels/fixture_level.xml), and the loader's
// checks that keep a broken level out of a classroom.
#include "content/LevelLoader.hpp"
#include "levels/LevelLoad.hpp"
#include "levels/RockingDeck.hpp"
#include "levels/Spawner.hpp"
#include "levels/Zones.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace mobi;

namespace {
const std::string kDir = std::string(MOBI_TEST_DATA_DIR) + "/levels/";
const std::vector<ParamSpec> kSpecs = {{"speed", 1.f, 0.f, 10.f, "m/s"}};

// The line of `file` that contains `text` (the tests never hard-code line numbers).
int lineOf(const std::string& file, const std::string& text) {
    std::ifstream in(kDir + file);
    std::string line;
    for (int n = 1; std::getline(in, line); ++n)
        if (line.find(text) != std::string::npos) return n;
    return -1;
}

ErrorList loadWith(const std::string& file, const LevelNeeds* needs = nullptr) {
    ErrorList setup;
    const FactBook facts = loadFactsFile(kDir + "facts.xml", setup);
    const StringTable strings = loadStringTableFile(kDir + "strings.xml", setup);
    REQUIRE(setup.empty());
    ErrorList errors;
    loadLevelFile(kDir + file, LevelCheckContext{&kSpecs, &facts, &strings, needs}, errors);
    return errors;
}

void expectError(const std::string& file, const std::string& lineText, const std::string& message,
                 const LevelNeeds* needs = nullptr) {
    const ErrorList errors = loadWith(file, needs);
    INFO(errors.toString());
    REQUIRE(errors.size() == 1);
    CHECK(errors.all()[0].line == lineOf(file, lineText));
    CHECK_THAT(errors.all()[0].message, Catch::Contains(message));
}

// The fixture level's whole rules: parcels from the chute ride the belt into the box.
class ParcelRules : public LevelRules {
public:
    explicit ParcelRules(const Params& p)
        : m_speed(p.get("speed")), m_chute({"chute", 1.5f, 0.f, 0.f, 0.f, false}) {}
    void start(LevelContext& ctx) override { ctx.world.setSurfaceSpeed("belt", m_speed); }
    void step(LevelContext& ctx, const InputFrame&) override {
        if (m_chute.due(false)) m_chute.spawn(ctx, "parcel");
    }
    void afterPhysics(LevelContext& ctx, const std::vector<ContactEvent>&) override {
        for (const Zones::Entry& e : ctx.zones.entered())
            if (e.zone == "box" && PhysicsWorld::info(e.body).kind == "parcel" &&
                !ctx.world.isDoomed(e.body)) {
                ++m_boxed;
                ctx.world.destroyLater(e.body);
            }
    }
    Outcome outcome() const override { return m_boxed >= 3 ? Outcome::Won : Outcome::Running; }
    float progress() const override { return static_cast<float>(m_boxed) / 3.f; }
    void hash(StateHasher& h) const override {
        h.add(m_boxed);
        m_chute.hash(h);
    }
    int m_boxed = 0;

private:
    float m_speed;
    Spawner m_chute;
};

LoadedLevel loadFixture(const LevelInfo& info) {
    ErrorList errors;
    LoadedLevel level{&info, loadLevelFile(kDir + "fixture_level.xml",
                                           {&info.params, nullptr, nullptr, &info.needs}, errors)};
    INFO(errors.toString());
    REQUIRE(errors.empty());
    return level;
}

LevelInfo fixtureInfo() {
    LevelInfo info;
    static_cast<LevelEntry&>(info) = LevelEntry{"test", 1, "extraction", true};
    info.params = kSpecs;
    info.needs = {{"belt"}, {"chute", "box"}, {"parcel"}, {}, {}};
    info.makeRules = [](const Params& p, const LevelOptions&) { return std::make_unique<ParcelRules>(p); };
    return info;
}
} // namespace

TEST_CASE("a level made only of its file and a few lines of rules loads and plays", "[framework]") {
    const LevelInfo info = fixtureInfo();
    const LoadedLevel level = loadFixture(info);
    CHECK(level.data.worldWidth == 32.f);
    CHECK(level.data.zones.size() == 2);
    CHECK(level.data.templates.size() == 1);
    auto a = startLevel(level, {}, 7);
    while (a->outcome() == Outcome::Running && a->steps() < 60 * 60)
        a->step({});
    // The conveyor carried parcels the 22 m to the box (a belt moving the wrong way, or not at all, never
    // would).
    CHECK(a->outcome() == Outcome::Won);
    CHECK(a->steps() < 60 * 30);
    auto b = startLevel(level, {}, 7);
    while (b->outcome() == Outcome::Running && b->steps() < 60 * 60)
        b->step({});
    CHECK(a->steps() == b->steps());
    CHECK(a->stateHash() == b->stateHash());
}

TEST_CASE("a belt standing still carries nothing", "[framework]") {
    LevelInfo info = fixtureInfo();
    info.params = {{"speed", 0.f, 0.f, 10.f, "m/s"}};
    const LoadedLevel level = loadFixture(info);
    // The file sets speed 3: a level of speed 0 needs its own value, so build the sim by hand.
    Params still(info.params);
    auto sim = std::make_unique<LevelSim>(level.data, still, std::make_unique<ParcelRules>(still),
                                          LevelOptions{}, 7);
    for (int i = 0; i < 60 * 30; ++i)
        sim->step({});
    CHECK(sim->outcome() == Outcome::Running);
}

TEST_CASE("welds made and parted at run time wait for the end of the step", "[framework]") {
    const LevelInfo info = fixtureInfo();
    const LoadedLevel level = loadFixture(info);
    PhysicsWorld world(-9.8f);
    world.build(level.data);
    const BodyData* parcel = level.data.bodyTemplate("parcel");
    REQUIRE(parcel);
    b2Body* a = world.spawn(*parcel, {10.f, 10.f}, 0.f, {0.f, 0.f});
    b2Body* b = world.spawn(*parcel, {11.f, 10.f}, 0.f, {0.f, 0.f});
    CHECK(PhysicsWorld::info(a).kind == "parcel");
    CHECK(world.bodiesOfKind("parcel").size() == 2);
    const JoinId join = world.weldLater(a, b);
    CHECK_FALSE(world.joined(join)); // queued, not made inside the step
    world.step();
    CHECK(world.joined(join));
    for (int i = 0; i < 30; ++i)
        world.step();
    CHECK((a->GetPosition() - b->GetPosition()).Length() == Approx(1.f).margin(0.01)); // they fell together
    world.partLater(join);
    world.step();
    CHECK_FALSE(world.joined(join));
}

TEST_CASE("a zone reports what came in once, and forgets what left", "[framework]") {
    const LevelInfo info = fixtureInfo();
    const LoadedLevel level = loadFixture(info);
    PhysicsWorld world(-9.8f);
    world.build(level.data);
    Zones zones(level.data);
    b2Body* p = world.spawn(*level.data.bodyTemplate("parcel"), {26.f, 6.f}, 0.f, {0.f, 0.f});
    int entries = 0;
    for (int i = 0; i < 120; ++i) {
        world.step();
        zones.update(world, world.takeContacts());
        entries += static_cast<int>(zones.entered().size());
    }
    CHECK(entries == 1); // it fell into the box and stayed: one entry, not one a step
    CHECK(zones.inside("box", p));
    CHECK(zones.contains("box", {26.f, 1.f}));
    CHECK_FALSE(zones.contains("box", {20.f, 1.f}));
    p->SetTransform({10.f, 10.f}, 0.f); // a teleport wakes nothing by itself in Box2D
    p->SetAwake(true);
    for (int i = 0; i < 5; ++i) {
        world.step();
        zones.update(world, world.takeContacts());
    }
    CHECK_FALSE(zones.inside("box", p));
}

TEST_CASE("a polygon without area is a file:line error, not a Box2D assertion", "[framework][loader]") {
    expectError("collinear_polygon.xml", "<polygon", "lie on one line");
    expectError("zero_chain.xml", "<chain points=\"0,0 5,5 5,5\"", "each point apart from the next");
}

TEST_CASE("styles, templates and what the rules need are checked at load", "[framework][loader]") {
    expectError("dangling_style.xml", "<body name=\"crate\"", "expected a <style> of this level");
    expectError("static_template.xml", "<template name=\"rock\"", "expected type=\"dynamic\"");
    const LevelNeeds needs{{}, {"goal"}, {}, {}, {}};
    expectError("missing_zone.xml", "<world", "expected a <zone name=\"goal\">", &needs);
    CHECK(loadWith("minimal.xml", &needs).size() == 1);
}

TEST_CASE("a choice the level does not offer is an error, never a silent default", "[framework][loader]") {
    ErrorList errors;
    const auto mine = loadLevelById(std::filesystem::u8path(MOBI_SOURCE_DIR), "mine", errors);
    INFO(errors.toString());
    REQUIRE(mine);
    const LevelData& level = mine->data;
    std::string why;
    CHECK(knownChoice(level, "mine", "urban", why));
    CHECK_FALSE(knownChoice(level, "mine", "urbanx", why));
    CHECK_THAT(why, Catch::Contains("classic, responsible, urban"));
    CHECK_FALSE(knownChoice(level, "colour", "red", why));
    CHECK_THAT(why, Catch::Contains("\"colour\""));
    ErrorList paramErrors;
    levelParams(level, {}, {{"mine", "urbanx"}}, false, &paramErrors);
    CHECK(paramErrors.size() == 1);
}

TEST_CASE("a parameter the rules read but never declared throws, it is never a silent 0", "[framework]") {
    const Params p(kSpecs);
    CHECK(p.get("speed") == 1.f);
    CHECK_THROWS_WITH(p.get("sped"), Catch::Contains("sped"));
    CHECK_THROWS(p.banded("goal", true));
}

namespace {

// Rules that only rock the deck of tests/data/levels/rocking_deck.xml.
class DeckRules : public LevelRules {
public:
    DeckRules(RockingDeck::Setup setup, float calm) : m_deck(std::move(setup)), m_calm(calm) {}
    void step(LevelContext& ctx, const InputFrame&) override { m_deck.step(ctx, m_calm); }
    Outcome outcome() const override { return Outcome::Running; }
    float progress() const override { return 0.f; }
    void hash(StateHasher& h) const override { m_deck.hash(h); }
    RockingDeck m_deck;

private:
    float m_calm;
};

// How many of the three crates still stand on the deck after `seconds` of rocking.
int cratesOnDeck(float amplitude, float period, float calm, float seconds, float* largestTilt = nullptr) {
    LevelInfo info;
    static_cast<LevelEntry&>(info) = LevelEntry{"test", 1, "transport", true};
    info.needs = {{"deck", "crate1", "crate2", "crate3"}, {}, {}, {}, {}};
    ErrorList errors;
    LevelData data =
        loadLevelFile(kDir + "rocking_deck.xml", {&info.params, nullptr, nullptr, &info.needs}, errors);
    INFO(errors.toString());
    REQUIRE(errors.empty());
    LevelSim sim(data, Params(info.params),
                 std::make_unique<DeckRules>(RockingDeck::Setup{"deck", amplitude, period, 0.3f}, calm),
                 LevelOptions{}, 7);
    float tilt = 0.f;
    for (int i = 0; i < static_cast<int>(seconds * 60.f); ++i) {
        sim.step({});
        tilt = std::max(tilt, std::abs(sim.world().body("deck")->GetAngle()) / 0.017453292f);
    }
    if (largestTilt) *largestTilt = tilt;
    int on = 0;
    for (const char* crate : {"crate1", "crate2", "crate3"})
        on += sim.world().body(crate)->GetPosition().y > 4.5f ? 1 : 0;
    return on;
}

} // namespace

TEST_CASE("a deck rocks by its amplitude: a gentle sea keeps the crates, a rough one tips them off",
          "[framework]") {
    float tilt = 0.f;
    CHECK(cratesOnDeck(4.f, 4.f, 1.f, 20.f, &tilt) == 3);
    CHECK(tilt == Approx(4.f).margin(0.2f)); // it really rocks, as far as it was told
    CHECK(cratesOnDeck(45.f, 4.f, 1.f, 20.f) < 3);
    // Calm (less motion, low detail) holds even a rough deck level: nothing moves, nothing falls.
    CHECK(cratesOnDeck(45.f, 4.f, 0.f, 20.f, &tilt) == 3);
    CHECK(tilt == Approx(0.f).margin(0.01f));
}
