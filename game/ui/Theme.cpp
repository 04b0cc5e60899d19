#include "ui/Theme.hpp"
