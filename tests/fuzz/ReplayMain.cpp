// SPDX-License-Identifier: GPL-3.0-or-later
// Runs every file of a seed corpus folder through a fuzz target's LLVMFuzzerTestOneInput, built with the
// project's own compiler, so the suite checks the targets on every build even without clang's libFuzzer.
#include "FuzzTargets.h"

#include <QDirIterator>
#include <QFile>
#include <QTextStream>

int main(int argc, char** argv)
{
    QTextStream err(stderr);
    if (argc != 2) {
        err << "usage: " << argv[0] << " CORPUS_DIR\n";
        return 2;
    }
    int files = 0;
    QDirIterator it(QString::fromLocal8Bit(argv[1]), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly)) {
            err << "cannot read " << file.fileName() << '\n';
            return 1;
        }
        const QByteArray data = file.readAll();
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(data.constData()), size_t(data.size()));
        ++files;
    }
    if (files == 0) {
        err << "no seed files in " << argv[1] << '\n';
        return 1;
    }
    QTextStream(stdout) << files << " inputs replayed\n";
    return 0;
}
