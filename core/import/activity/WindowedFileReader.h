// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>

#include <array>

class QFile;

namespace steward {

/**
 * A read-only view of an open file for minizip, which seeks from the archive's directory at the end to each
 * entry's header and data and reads headers a byte or two at a time. Through QFile every such seek refilled
 * a 16 KB read-ahead, several times per entry. This keeps a few large windows of the file instead (the
 * directory and the entries being read each stay in one), so most reads are a copy from memory. Unlike a
 * memory mapping, a file cut short while it is read gives a read error, not a crash.
 */
class WindowedFileReader : public QIODevice
{
public:
    explicit WindowedFileReader(QFile& file);

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_size; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 maxSize) override;

private:
    struct Window
    {
        qint64 start = -1;
        QByteArray bytes;
        quint64 used = 0; // when last read, for least-recently-used replacement
    };
    /** The window holding pos, read from the file if none does; nullptr on a read error. */
    Window* windowAt(qint64 pos);

    QFile& m_file;
    qint64 m_size;
    std::array<Window, 4> m_windows;
    quint64 m_clock = 0;
};

} // namespace steward
