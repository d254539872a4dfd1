// A library file that climbs into search: check_layers.py must refuse it.
#pragma once
#include "search/searchindex.h"
