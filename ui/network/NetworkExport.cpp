// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkExport.h"

#include "network/NetworkView.h"

#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace steward {

namespace {

QString writeFailed(const QString& path, const QString& reason)
{
    return QCoreApplication::translate("NetworkExport", "Could not write %1: %2").arg(path, reason);
}

} // namespace

QSize NetworkExport::size(const QList<const NetworkView*>& views)
{
    QSize total(0, 0);
    for (const NetworkView* view : views) {
        total.rwidth() += view->width();
        total.setHeight(qMax(total.height(), view->height()));
    }
    return total;
}

void NetworkExport::paint(QPainter& painter, const QList<const NetworkView*>& views)
{
    int x = 0;
    for (const NetworkView* view : views) {
        painter.save();
        painter.translate(x, 0);
        painter.setClipRect(QRect(0, 0, view->width(), view->height()));
        view->render(painter);
        painter.restore();
        x += view->width();
    }
}

Status NetworkExport::png(const QList<const NetworkView*>& views, const QString& path, qreal pixelRatio)
{
    const QSize logical = size(views);
    QImage image(logical * pixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(pixelRatio);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        paint(painter, views);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return Status::failure(writeFailed(path, file.errorString()));
    return {};
}

Status NetworkExport::svg(const QList<const NetworkView*>& views, const QString& path, const QString& title)
{
    const QSize logical = size(views);
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(logical);
    generator.setViewBox(QRect(QPoint(0, 0), logical));
    generator.setTitle(title);
    {
        QPainter painter;
        if (!painter.begin(&generator))
            return Status::failure(
                writeFailed(path, QCoreApplication::translate("NetworkExport", "cannot draw there")));
        paint(painter, views);
    }
    if (!QFile::exists(path))
        return Status::failure(writeFailed(path, QCoreApplication::translate("NetworkExport", "nothing was written")));
    return {};
}

Status NetworkExport::text(const QString& text, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        return Status::failure(writeFailed(path, file.errorString()));
    return {};
}

} // namespace steward
