// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>

/** The libFuzzer entry point; each fuzz_*.cpp defines it for one parser. */
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);
