// SPDX-License-Identifier: GPL-3.0-or-later
// What a level file (levels/NN_<id>.xml) says: the physical world in metres,
// kilograms and seconds (y up), the level's tunable values, the choices offered
// at its start, and the words around it — panel card, goal, logbook, vault
// digits — as string and fact ids, never as display text.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace mobi {

struct Vec2f {
    float x = 0.f, y = 0.f;
};

struct ShapeData {
    enum class Kind { Box, Circle, Polygon, Chain } kind = Kind::Box;
    float x = 0.f, y = 0.f;    // offset from the body origin, metres
    float w = 1.f, h = 1.f;    // box size
    float angle = 0.f;         // degrees
    float radius = 0.5f;       // circle
    std::vector<Vec2f> points; // polygon (3–8 points, counter-clockwise) or chain
    bool loop = false;         // chain closed into a loop
    float density = 1.f, friction = 0.4f, restitution = 0.1f;
    bool sensor = false;
    std::string tag; // what the rules call this fixture ("hole", "bucket"…)
    int line = 0;
};

struct BodyData {
    std::string name;  // a template's name, for a <template>
    std::string kind;  // what the rules call this sort of thing ("rock", "crate"); "" for none
    std::string style; // how it is drawn (a <style> of the level); "" for not drawn by the painter
    std::string phase; // the phase it belongs to ("" for every phase)
    enum class Type { Static, Dynamic, Kinematic } type = Type::Static;
    float x = 0.f, y = 0.f, angle = 0.f; // metres, degrees
    float linearDamping = 0.f, angularDamping = 0.f;
    bool fixedRotation = false;
    bool grabbable = false; // the player may drag it with the mouse or the keyboard hand
    std::vector<ShapeData> shapes;
    int line = 0;
};

struct JointData {
    enum class Kind { Revolute, Weld, Prismatic } kind = Kind::Revolute;
    std::string name, bodyA, bodyB;
    float x = 0.f, y = 0.f;         // anchor, world metres
    float axisX = 1.f, axisY = 0.f; // prismatic axis
    bool limit = false;
    float lower = 0.f, upper = 0.f; // degrees (revolute) or metres (prismatic)
    bool motor = false;
    float motorSpeed = 0.f; // degrees/s or m/s
    float maxMotor = 0.f;   // N·m or N
    int line = 0;
};

// How a body or zone is drawn by the level's painter: a fill, an outline, and
// optionally a regular polygon drawn instead of a circle (a nugget's shape).
struct StyleData {
    std::string name;
    std::uint32_t fill = 0xFFFFFFFF, outline = 0x1B1B2FFF; // 0xRRGGBBAA
    float outlineWidth = 3.f;                              // logical pixels
    int sides = 0;                                         // 0: as shaped; 3..8: circles drawn as polygons
    // A light ring around small things that must stay small (a nugget through
    // the sieve's holes), so they are seen from the back of a classroom.
    std::uint32_t halo = 0; // 0xRRGGBBAA; alpha 0: none
    float haloWidth = 0.f;  // logical pixels around the shape
    int line = 0;
};

// A named area of the world (a bucket, a slot, a tank's water): a sensor
// rectangle the rules ask about. Centre and size in metres.
struct ZoneData {
    std::string name, phase, style;
    float x = 0.f, y = 0.f, w = 1.f, h = 1.f;
    int line = 0;
};

// A phase of a level (the repair bench, the recycler…): its bodies and zones
// say phase="…", and only the current phase's are in play.
struct PhaseData {
    std::string name;
    float gravityY = -9.8f;
    float worldWidth = 32.f, worldHeight = 18.f; // metres seen on the 1280 × 720 screen
    int line = 0;
};

// A choice made in another level that this one reads from the player's
// profile (La Renaissance reads L'Usine's "assembly").
struct UsedChoice {
    std::string name, defaultValue;
    std::vector<std::string> values;
    int line = 0;
};

// One choice at the start of a level ("which mine?"), each option a preset of params.
struct LevelChoiceOption {
    std::string id;
    std::string labelId, detailId; // string ids
    std::string requiresLevel;     // locked until this level is done ("" for none)
    std::string picture;           // drawn in its chip, for a child who cannot read it yet ("" for none)
    std::map<std::string, float> params;
    int line = 0;
};

struct LevelChoice {
    std::string name;    // "mine"
    std::string titleId; // the question
    bool keep = false;   // saved in the player's profile, for later levels to read
    std::vector<LevelChoiceOption> options;
};

// What a level puts in Mobi's footprint jar (<footprint>), in shares of the
// whole life's footprint, and the fact that gives the share: L'Usine fills it
// to three quarters (M1). The jar's mark is labelled with `markId`.
struct FootprintData {
    float share = 0.f; // 0: the level adds nothing
    // Le Grand Voyage: FACTS.md gives no share for transport, so each leg
    // puts a cloud on the jar instead, a plane's this many times a ship's or
    // a train's (T3); 0 for the levels that fill by share.
    float planeCloud = 0.f;
    std::string factId, markId;
    int line = 0;
};

// The class version of a level (<class>): in a short class session, its
// parameters are set over the level's own and its choices', so that a class
// plays it in about `minutes` minutes and moves on to its one vote question.
struct ClassVersionData {
    float minutes = 0.f; // 0: the level has no class version
    std::map<std::string, float> params;
    int line = 0;
};

struct LevelData {
    std::string file;
    std::string id;
    int number = 0;
    std::string stage;
    float gravityY = -9.8f;
    float worldWidth = 32.f, worldHeight = 18.f; // metres seen on the 1280 × 720 screen

    std::string panelTitleId;
    std::vector<std::string> panelMessageIds; // three key messages of the exhibition panel
    std::string goalId, goalYoungId;          // the goal, and its words for 6–8

    std::string keyFactId, keyTextId; // the logbook: key fact in child words
    std::string didYouKnowFactId, didYouKnowTextId;
    std::string infoTitleId, infoTextId, infoFactId; // an information card after play ("" for none)
    std::string infoAlsoFactId;                      // a second fact the card rests on ("" for none)
    std::string quizId;                              // the quiz that follows ("" until quizzes exist)
    std::string
        endWonTextId; // under "Well done!", what the end panel's pictures show ("" for the generic words)

    std::map<std::string, float> params; // values set by the file (checked against the ParamSpecs)
    std::vector<LevelChoice> choices;
    std::vector<UsedChoice> uses;
    FootprintData footprint;
    ClassVersionData classVersion;
    std::vector<BodyData> bodies;
    std::vector<BodyData> templates; // things the rules spawn, by name
    std::vector<ZoneData> zones;
    std::vector<PhaseData> phases; // in order; empty for a level of one phase
    std::vector<StyleData> styles;
    std::vector<JointData> joints;

    template <typename T> static const T* named(const std::vector<T>& list, const std::string& name) {
        for (const auto& item : list)
            if (item.name == name) return &item;
        return nullptr;
    }
    const BodyData* body(const std::string& name) const { return named(bodies, name); }
    const BodyData* bodyTemplate(const std::string& name) const { return named(templates, name); }
    const ZoneData* zone(const std::string& name) const { return named(zones, name); }
    const StyleData* style(const std::string& name) const { return named(styles, name); }
};

} // namespace mobi
