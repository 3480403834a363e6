#include "ChangeSource.h"

ChangeSource::~ChangeSource() = default;
