// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowedFileReader.h"

#include <QFile>

namespace steward {

namespace {
constexpr qint64 kWindowBytes = 256 * 1024;
} // namespace

WindowedFileReader::WindowedFileReader(QFile& file)
    : m_file(file)
    , m_size(file.size())
{
}

WindowedFileReader::Window* WindowedFileReader::windowAt(qint64 pos)
{
    Window* oldest = &m_windows[0];
    for (Window& window : m_windows) {
        if (window.start >= 0 && pos >= window.start && pos < window.start + window.bytes.size()) {
            window.used = ++m_clock;
            return &window;
        }
        if (window.used < oldest->used)
            oldest = &window;
    }
    // Aligned, so the windows of neighbouring reads do not overlap.
    const qint64 start = pos - pos % kWindowBytes;
    oldest->start = -1;
    oldest->bytes.resize(qsizetype(std::min(kWindowBytes, m_size - start)));
    if (!m_file.seek(start) || m_file.read(oldest->bytes.data(), oldest->bytes.size()) != oldest->bytes.size())
        return nullptr;
    oldest->start = start;
    oldest->used = ++m_clock;
    return oldest;
}

qint64 WindowedFileReader::readData(char* data, qint64 maxSize)
{
    qint64 done = 0;
    while (done < maxSize && pos() + done < m_size) {
        const qint64 at = pos() + done;
        const Window* window = windowAt(at);
        if (!window)
            return done > 0 ? done : -1;
        const qint64 n = std::min(maxSize - done, window->start + window->bytes.size() - at);
        memcpy(data + done, window->bytes.constData() + (at - window->start), size_t(n));
        done += n;
    }
    return done;
}

qint64 WindowedFileReader::writeData(const char* data, qint64 maxSize)
{
    Q_UNUSED(data);
    Q_UNUSED(maxSize);
    return -1;
}

} // namespace steward
