// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkView.h"

#include <QGestureEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace steward {

NetworkView::NetworkView(QWidget* parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    grabGesture(Qt::PinchGesture);
    setMinimumSize(240, 200);
    setAccessibleName(tr("Network view"));
}

void NetworkView::setPicture(NetworkPicture picture, bool keepView)
{
    const qint64 selected = selectedPerson();
    // Nothing was drawn before (an empty network while loading): there is no view worth keeping.
    const bool wasEmpty = m_picture.nodes.isEmpty();
    m_picture = std::move(picture);
    m_state.selected = m_picture.indexOf(selected);
    m_state.hovered = -1;
    QPointF offset;
    const double fit = computeFitScale(&offset);
    m_state.fitScale = fit;
    if (!m_hasView || !keepView || wasEmpty) {
        m_state.scale = fit;
        m_state.offset = offset;
        m_hasView = true;
    }
    update();
}

void NetworkView::setViewState(double scale, const QPointF& offset)
{
    if (qFuzzyCompare(scale, m_state.scale) && offset == m_state.offset)
        return;
    m_state.scale = scale;
    m_state.offset = offset;
    m_hasView = true;
    update();
}

qint64 NetworkView::selectedPerson() const
{
    return m_state.selected >= 0 && m_state.selected < m_picture.nodes.size()
               ? m_picture.nodes.at(m_state.selected).personId
               : 0;
}

void NetworkView::setSelectedPerson(qint64 personId)
{
    const int index = m_picture.indexOf(personId);
    if (index == m_state.selected)
        return;
    m_state.selected = index;
    update();
    emit selectionChanged(selectedPerson());
}

void NetworkView::centreOn(qint64 personId)
{
    const int index = m_picture.indexOf(personId);
    if (index < 0)
        return;
    setSelectedPerson(personId);
    m_state.scale = qMax(m_state.scale, m_state.fitScale * 3);
    m_state.offset = QPointF(width() / 2.0, height() / 2.0) - m_picture.nodes.at(index).pos * m_state.scale;
    update();
    emitView();
}

QPointF NetworkView::screenPosition(qint64 personId) const
{
    const int index = m_picture.indexOf(personId);
    return index < 0 ? QPointF() : m_state.toScreen(m_picture.nodes.at(index).pos);
}

void NetworkView::render(QPainter& painter) const
{
    NetworkViewState state = m_state;
    state.palette = palette();
    state.hovered = -1;
    NetworkPainter::paint(painter, QRectF(rect()), m_picture, state);
}

void NetworkView::fitToView()
{
    QPointF offset;
    m_state.fitScale = computeFitScale(&offset);
    m_state.scale = m_state.fitScale;
    m_state.offset = offset;
    update();
    emitView();
}

void NetworkView::zoomBy(double factor)
{
    zoomAbout(factor, QPointF(width() / 2.0, height() / 2.0));
}

// The scale and offset that put every visible person inside the widget with a margin for labels.
double NetworkView::computeFitScale(QPointF* offset) const
{
    // By hand: QRectF::united() skips empty rectangles, and a point is one.
    double left = 0, top = 0, right = 0, bottom = 0;
    bool any = false;
    for (const PictureNode& n : m_picture.nodes) {
        if (!n.visible)
            continue;
        left = any ? qMin(left, n.pos.x()) : n.pos.x();
        right = any ? qMax(right, n.pos.x()) : n.pos.x();
        top = any ? qMin(top, n.pos.y()) : n.pos.y();
        bottom = any ? qMax(bottom, n.pos.y()) : n.pos.y();
        any = true;
    }
    const QRectF bounds(QPointF(left, top), QPointF(right, bottom));
    const QRectF area = QRectF(rect()).adjusted(30, 30, -30, -40);
    if (!any || area.width() <= 0 || area.height() <= 0) {
        *offset = QPointF(width() / 2.0, height() / 2.0);
        return 1;
    }
    const double w = qMax(bounds.width(), 1e-6), h = qMax(bounds.height(), 1e-6);
    double scale = qMin(area.width() / w, area.height() / h);
    if (bounds.width() < 1e-6 && bounds.height() < 1e-6)
        scale = 1;
    *offset = area.center() - bounds.center() * scale;
    return scale;
}

void NetworkView::emitView()
{
    emit viewChanged(m_state.scale, m_state.offset);
}

void NetworkView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    m_state.palette = palette();
    NetworkPainter::paint(painter, QRectF(rect()), m_picture, m_state);
}

void NetworkView::resizeEvent(QResizeEvent*)
{
    QPointF offset;
    const double oldFit = m_state.fitScale;
    m_state.fitScale = computeFitScale(&offset);
    // Still at "fit": stay fitted to the new size.
    if (qFuzzyCompare(oldFit, m_state.scale) || !m_hasView) {
        m_state.scale = m_state.fitScale;
        m_state.offset = offset;
    }
}

int NetworkView::nodeAt(const QPointF& screen) const
{
    int best = -1;
    double bestDistance = 1e300;
    for (qsizetype i = 0; i < m_picture.nodes.size(); ++i) {
        const PictureNode& n = m_picture.nodes.at(i);
        if (!n.visible)
            continue;
        const QPointF d = m_state.toScreen(n.pos) - screen;
        const double dist = std::hypot(d.x(), d.y());
        if (dist <= n.radius + 3 && dist < bestDistance) {
            best = int(i);
            bestDistance = dist;
        }
    }
    return best;
}

void NetworkView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_pressedNode = nodeAt(event->position());
    m_pressPos = m_lastPos = event->position();
    m_moved = false;
}

void NetworkView::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF pos = event->position();
    if (event->buttons() & Qt::LeftButton) {
        m_moved = m_moved || (pos - m_pressPos).manhattanLength() > 3;
        if (m_pressedNode >= 0 && m_draggable && m_moved)
            m_picture.nodes[m_pressedNode].pos = m_state.toLayout(pos);
        else if (m_pressedNode < 0)
            m_state.offset += pos - m_lastPos;
        m_lastPos = pos;
        update();
        return;
    }
    const int hovered = nodeAt(pos);
    if (hovered != m_state.hovered) {
        m_state.hovered = hovered;
        update();
        if (hovered >= 0)
            QToolTip::showText(event->globalPosition().toPoint(), m_picture.nodes.at(hovered).tooltip, this);
        else
            QToolTip::hideText();
    }
}

void NetworkView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    if (m_pressedNode >= 0 && m_moved && m_draggable) {
        emit nodeMoved(m_picture.nodes.at(m_pressedNode).personId, m_picture.nodes.at(m_pressedNode).pos);
    } else if (!m_moved) {
        m_state.selected = m_pressedNode;
        update();
        emit selectionChanged(selectedPerson());
    } else {
        emitView();
    }
    m_pressedNode = -1;
}

void NetworkView::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    zoomAbout(std::pow(1.2, steps), event->position());
    event->accept();
}

void NetworkView::zoomAbout(double factor, const QPointF& anchor)
{
    const double scale = qBound(m_state.fitScale * 0.2, m_state.scale * factor, m_state.fitScale * 200);
    const QPointF layoutAnchor = m_state.toLayout(anchor);
    m_state.scale = scale;
    m_state.offset = anchor - layoutAnchor * scale;
    update();
    emitView();
}

void NetworkView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal)
        zoomBy(1.25);
    else if (event->key() == Qt::Key_Minus)
        zoomBy(0.8);
    else if (event->key() == Qt::Key_0 || event->key() == Qt::Key_Home)
        fitToView();
    else
        QWidget::keyPressEvent(event);
}

bool NetworkView::event(QEvent* event)
{
    if (event->type() == QEvent::Gesture) {
        gesture(static_cast<QGestureEvent*>(event));
        return true;
    }
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int node = nodeAt(help->pos());
        if (node >= 0)
            QToolTip::showText(help->globalPos(), m_picture.nodes.at(node).tooltip, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void NetworkView::gesture(QGestureEvent* event)
{
    if (auto* pinch = static_cast<QPinchGesture*>(event->gesture(Qt::PinchGesture))) {
        if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged)
            zoomAbout(pinch->scaleFactor(), mapFromGlobal(pinch->centerPoint().toPoint()));
        event->accept(pinch);
    }
}

} // namespace steward
