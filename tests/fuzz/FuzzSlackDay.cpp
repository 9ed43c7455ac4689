// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: one Slack day file (and users.json, for the same bytes). Any input must end in success or one
// error message - never a crash, a hang or a sanitizer report.
#include "FuzzTargets.h"
#include "import/activity/ActivitySink.h"
#include "import/activity/SlackExportParser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    steward::ActivitySink sink;
    steward::SlackExportParser parser(sink);
    (void)parser.parseUsers(QByteArrayLiteral(R"([{"id":"U1","name":"a"},{"id":"U2","name":"b","is_bot":true}])"),
                            QStringLiteral("users.json"));
    parser.startChannel();
    (void)parser.parseDay(bytes, QStringLiteral("general/2026-03-02.json"), QStringLiteral("general"));
    steward::SlackExportParser second(sink);
    (void)second.parseUsers(bytes, QStringLiteral("users.json"));
    return 0;
}
