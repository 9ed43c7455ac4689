// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: Microsoft Teams chatMessage JSON. Any input must end in success or one
// error message - never a crash, a hang or a sanitizer report.
#include "FuzzTargets.h"
#include "import/activity/ActivitySink.h"
#include "import/activity/TeamsParser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    steward::ActivitySink sink;
    (void)steward::TeamsParser(sink).parse(bytes, QStringLiteral("fuzz.json"));
    return 0;
}
