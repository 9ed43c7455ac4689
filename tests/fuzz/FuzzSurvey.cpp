// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: a name-generator survey CSV. Any input must end in success or one
// error message - never a crash, a hang or a sanitizer report.
#include "FuzzTargets.h"
#include "import/activity/ActivitySink.h"
#include "import/activity/SurveyCsvParser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    steward::ActivitySink sink;
    (void)steward::SurveyCsvParser(sink).parse(bytes, QStringLiteral("fuzz.csv"));
    return 0;
}
