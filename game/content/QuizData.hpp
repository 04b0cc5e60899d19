// A stage's quiz, from levels/quizzes/NN_<id>.xml: questions of four kinds,
// each for one or both age bands, resting on one fact of levels/facts.xml,
// with all its words as string ids of locale/.
#pragma once

#include <string>
#include <vector>

namespace mobi {

struct QuizAnswer {
    std::string textId;
    std::string picture; // "" for a text answer; else a name of quizPictures()
    bool correct = false;
};

struct QuizQuestion {
    enum class Type { Choice, TrueFalse, Order, Estimate };
    std::string id;
    Type type = Type::Choice;
    bool young = false, older = false; // age bands 6–8 and 9–12
    std::string factId, textId, explainId;
    std::vector<QuizAnswer> answers; // Choice: 2 to 4, exactly one correct
    bool keepOrder = false;          // Choice: answers on a scale (0.5 cl, 5 cl…) keep their file order
    bool truth = false;              // TrueFalse
    std::vector<std::string> items;  // Order: 3 to 6 string ids, in the right order
    // Estimate: a slider from min to max by step; any value in [acceptMin, acceptMax] is right.
    float min = 0.f, max = 0.f, step = 1.f, answer = 0.f, acceptMin = 0.f, acceptMax = 0.f;
    std::string unitId;
    int line = 0;

    bool forBand(bool youngBand) const { return youngBand ? young : older; }
    int correctIndex() const {
        for (std::size_t i = 0; i < answers.size(); ++i)
            if (answers[i].correct) return static_cast<int>(i);
        return -1;
    }
};

struct Quiz {
    std::string file;
    std::string level; // the stage's level id
    std::vector<QuizQuestion> questions;
};

// The pictures a picture answer may use (drawn from code by the game).
const std::vector<std::string>& quizPictures();

} // namespace mobi
