// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkPainter.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPaintEngine>
#include <QPainter>
#include <QPixmap>

#include <algorithm>

namespace steward {

namespace {

// Ties are batched by look, so thousands of them cost a few drawLines calls.
struct EdgeStyle
{
    QRgb color;
    int width10; // width in tenths of a pixel
    bool dashed;
    bool operator==(const EdgeStyle&) const = default;
};

size_t qHash(const EdgeStyle& s, size_t seed = 0)
{
    return ::qHash(quint64(s.color) << 20 ^ quint64(s.width10) << 1 ^ quint64(s.dashed), seed);
}

bool zoomedOut(const NetworkViewState& state)
{
    return state.scale < state.fitScale * 2.5;
}

QColor tieColor(const NetworkViewState& state)
{
    QColor c = state.palette.color(QPalette::WindowText);
    c.setAlphaF(0.28f);
    return c;
}

// A person's disc rendered once per colour, outline and size and then blitted: on a raster device
// that is ten times faster than rasterising thousands of ellipses. Vector devices (SVG) get ellipses.
const QPixmap& nodeSprite(const QColor& fill, const QColor& outline, int radius, qreal ratio)
{
    static QHash<QString, QPixmap> cache;
    const QString key = QStringLiteral("%1/%2/%3/%4").arg(fill.rgba()).arg(outline.rgba()).arg(radius).arg(ratio);
    auto found = cache.find(key);
    if (found != cache.end())
        return *found;
    if (cache.size() > 2000)
        cache.clear();
    const int side = 2 * radius + 2;
    QPixmap sprite(QSize(side, side) * ratio);
    sprite.setDevicePixelRatio(ratio);
    sprite.fill(Qt::transparent);
    QPainter p(&sprite);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(outline.alpha() > 0 ? QPen(outline, 1) : QPen(Qt::NoPen));
    p.setBrush(fill);
    p.drawEllipse(QPointF(side / 2.0, side / 2.0), radius, radius);
    p.end();
    return *cache.insert(key, sprite);
}

int countOnScreen(const QRectF& area, const NetworkPicture& picture, const NetworkViewState& state)
{
    int n = 0;
    for (const PictureNode& node : picture.nodes)
        n += node.visible && area.contains(state.toScreen(node.pos)) ? 1 : 0;
    return n;
}

} // namespace

void NetworkPainter::paint(QPainter& painter,
                           const QRectF& area,
                           const NetworkPicture& picture,
                           const NetworkViewState& state)
{
    painter.save();
    painter.fillRect(area, state.palette.color(QPalette::Base));
    paintEdges(painter, area, picture, state);
    paintNodes(painter, area, picture, state);
    paintLabels(painter, area, picture, state);
    paintLegend(painter, area, picture, state);
    painter.restore();
}

void NetworkPainter::paintEdges(QPainter& painter,
                                const QRectF& area,
                                const NetworkPicture& picture,
                                const NetworkViewState& state)
{
    // Level of detail for many ties: only the heaviest, and zoomed in only those with an end on screen
    // (ties merely crossing the view cost a full line of pixels each and say little).
    const bool many = picture.thinEdgeWeight > 0;
    const bool skipThin = many;
    const bool skipPassing = many && !zoomedOut(state);
    const QColor plain = tieColor(state);
    QHash<EdgeStyle, QList<QLineF>> batches;
    const QRectF margin = area.adjusted(-2, -2, 2, 2);
    int drawn = 0;
    for (const PictureEdge& e : picture.edges) {
        if (!e.visible || (skipThin && e.weight < picture.thinEdgeWeight))
            continue;
        const PictureNode& a = picture.nodes.at(e.a);
        const PictureNode& b = picture.nodes.at(e.b);
        if (!a.visible || !b.visible)
            continue;
        const QLineF line(state.toScreen(a.pos), state.toScreen(b.pos));
        if (!margin.intersects(QRectF(line.p1(), line.p2()).normalized().adjusted(-1, -1, 1, 1)))
            continue;
        if (skipPassing && !margin.contains(line.p1()) && !margin.contains(line.p2()))
            continue;
        QColor c = e.color.isValid() ? e.color : plain;
        if (a.dimmed || b.dimmed)
            c.setAlphaF(c.alphaF() * 0.25f);
        batches[{c.rgba(), int(e.width * 10 + 0.5), e.dashed}].append(line);
        ++drawn;
    }
    // A crowd of ties: one-pixel cosmetic lines without antialiasing (the raster engine draws them
    // directly; wide or smoothed lines go through the stroker and cost ten times as much), heavier ties
    // darker instead of wider.
    const bool crowd = drawn > kCrowdEdges;
    painter.setRenderHint(QPainter::Antialiasing, !crowd);
    for (auto it = batches.cbegin(); it != batches.cend(); ++it) {
        QColor color = QColor::fromRgba(it.key().color);
        if (crowd) {
            // Opaque, mixed with the background: the raster engine's fast path skips blending.
            const double alpha = qMin(1.0, color.alphaF() * (0.6 + it.key().width10 / 20.0));
            const QColor back = state.palette.color(QPalette::Base);
            color = QColor::fromRgbF(float(back.redF() + (color.redF() - back.redF()) * alpha),
                                     float(back.greenF() + (color.greenF() - back.greenF()) * alpha),
                                     float(back.blueF() + (color.blueF() - back.blueF()) * alpha));
        }
        QPen pen(
            color, crowd ? 0 : it.key().width10 / 10.0, it.key().dashed ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap);
        pen.setCosmetic(crowd);
        painter.setPen(pen);
        painter.drawLines(it.value());
    }
}

void NetworkPainter::paintNodes(QPainter& painter,
                                const QRectF& area,
                                const NetworkPicture& picture,
                                const NetworkViewState& state)
{
    const bool crowd = countOnScreen(area, picture, state) > kCrowdNodes;
    const bool raster = painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster;
    const qreal ratio = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    painter.setRenderHint(QPainter::Antialiasing, !crowd);
    const QColor outline = state.palette.color(QPalette::Base);
    for (qsizetype i = 0; i < picture.nodes.size(); ++i) {
        const PictureNode& n = picture.nodes.at(i);
        if (!n.visible)
            continue;
        const QPointF c = state.toScreen(n.pos);
        const double r = n.radius;
        if (!area.adjusted(-r - 4, -r - 4, r + 4, r + 4).contains(c))
            continue;
        QColor fill = n.fill;
        if (n.dimmed)
            fill.setAlphaF(0.18f);
        if (raster) {
            const QPixmap& sprite = nodeSprite(fill, crowd ? QColor(Qt::transparent) : outline, qRound(r), ratio);
            const double half = sprite.width() / (2 * ratio);
            painter.drawPixmap(QPointF(c.x() - half, c.y() - half), sprite);
        } else {
            painter.setPen(QPen(outline, 1));
            painter.setBrush(fill);
            painter.drawEllipse(c, r, r);
        }
        if (n.ring.isValid()) {
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(n.ring, 2.5));
            painter.drawEllipse(c, r + 3, r + 3);
        }
        if (i == state.selected || i == state.hovered) {
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(state.palette.color(QPalette::Highlight), i == state.selected ? 3 : 1.5));
            painter.drawEllipse(c, r + 6, r + 6);
        }
    }
}

void NetworkPainter::paintLabels(QPainter& painter,
                                 const QRectF& area,
                                 const NetworkPicture& picture,
                                 const NetworkViewState& state)
{
    const int onScreen = countOnScreen(area, picture, state);
    const bool all = onScreen <= kManyLabels || !zoomedOut(state);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    QColor halo = state.palette.color(QPalette::Base);
    halo.setAlphaF(0.8f);
    // Most important first (selection, highlights, big nodes); a label that would overlap one already
    // drawn is left out - hovering still names that person.
    QList<int> order;
    for (qsizetype i = 0; i < picture.nodes.size(); ++i) {
        const PictureNode& n = picture.nodes.at(i);
        const bool wanted = all || n.emphasis || i == state.selected || i == state.hovered;
        if (n.visible && wanted && !n.label.isEmpty() && (!n.dimmed || i == state.selected)
            && area.contains(state.toScreen(n.pos)))
            order.append(int(i));
    }
    auto rank = [&](int i) {
        const PictureNode& n = picture.nodes.at(i);
        return (i == state.selected || i == state.hovered ? 1000.0 : 0.0) + (n.emphasis ? 100.0 : 0.0) + n.radius;
    };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return rank(a) > rank(b); });
    QList<QRectF> placed;
    for (int i : std::as_const(order)) {
        if (placed.size() >= kMaxLabels)
            break;
        const PictureNode& n = picture.nodes.at(i);
        QRectF box = metrics.boundingRect(n.label).adjusted(-2, 0, 2, 0);
        box.moveCenter(state.toScreen(n.pos) + QPointF(0, n.radius + 3 + box.height() / 2));
        if (std::any_of(placed.cbegin(), placed.cend(), [&box](const QRectF& r) { return r.intersects(box); }))
            continue;
        placed.append(box);
        painter.fillRect(box, halo);
        painter.setPen(state.palette.color(QPalette::Text));
        painter.drawText(box, Qt::AlignCenter, n.label);
    }
}

void NetworkPainter::paintLegend(QPainter& painter,
                                 const QRectF& area,
                                 const NetworkPicture& picture,
                                 const NetworkViewState& state)
{
    if (picture.legend.isEmpty() && picture.caption.isEmpty())
        return;
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QFontMetricsF metrics(painter.font());
    const double line = metrics.height() + 4;
    double width = metrics.horizontalAdvance(picture.caption);
    for (const LegendEntry& e : picture.legend)
        width = qMax(width, metrics.horizontalAdvance(e.text) + 22);
    const double rows = picture.legend.size() + (picture.caption.isEmpty() ? 0 : 1);
    const QRectF box(area.left() + 8, area.top() + 8, width + 16, rows * line + 10);
    QColor back = state.palette.color(QPalette::Window);
    back.setAlphaF(0.9f);
    painter.setPen(QPen(state.palette.color(QPalette::Mid), 1));
    painter.setBrush(back);
    painter.drawRoundedRect(box, 4, 4);
    double y = box.top() + 5;
    painter.setPen(state.palette.color(QPalette::WindowText));
    if (!picture.caption.isEmpty()) {
        painter.drawText(QRectF(box.left() + 8, y, width, line), Qt::AlignVCenter | Qt::AlignLeft, picture.caption);
        y += line;
    }
    for (const LegendEntry& e : picture.legend) {
        const QPointF dot(box.left() + 14, y + line / 2);
        painter.setPen(e.ring ? QPen(e.color, 2.5) : QPen(state.palette.color(QPalette::Base), 1));
        painter.setBrush(e.ring ? QBrush(Qt::NoBrush) : QBrush(e.color));
        painter.drawEllipse(dot, 5, 5);
        painter.setPen(state.palette.color(QPalette::WindowText));
        painter.drawText(QRectF(box.left() + 26, y, width, line), Qt::AlignVCenter | Qt::AlignLeft, e.text);
        y += line;
    }
}

} // namespace steward
