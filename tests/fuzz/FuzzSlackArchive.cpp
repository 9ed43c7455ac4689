// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: a whole Slack export archive (ZIP directory checks, users.json, day files). Any input must end in
// success or one error message - never a crash, a hang or a sanitizer report.
#include "FuzzTargets.h"
#include "import/activity/ActivitySink.h"
#include "import/activity/SlackExportParser.h"

#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    steward::ActivitySink sink;
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    (void)steward::SlackExportParser(sink).parseArchive(&buffer, QStringLiteral("fuzz.zip"));
    return 0;
}
