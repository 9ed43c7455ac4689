// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "network/NetworkPainter.h"
#include "network/NetworkPicture.h"

#include <QWidget>

class QGestureEvent;

namespace steward {

/**
 * The interactive network: a custom-painted widget (a QGraphicsView with ten thousand items repaints
 * too slowly). Wheel or pinch zooms about the pointer, dragging the background pans, dragging a person
 * moves them (nodeMoved tells where, in layout units), a click selects, hovering shows their tooltip.
 */
class NetworkView : public QWidget
{
    Q_OBJECT

public:
    explicit NetworkView(QWidget* parent = nullptr);

    /** Shows a new picture; the zoom stays unless this is the first picture or keepView is false. */
    void setPicture(NetworkPicture picture, bool keepView = true);
    const NetworkPicture& picture() const { return m_picture; }
    const NetworkViewState& viewState() const { return m_state; }
    /** Shares another view's zoom and pan (the before/after pair moves together). */
    void setViewState(double scale, const QPointF& offset);

    qint64 selectedPerson() const;
    void setSelectedPerson(qint64 personId);
    /** Zooms in on a person so they and their neighbours are in view, and selects them. */
    void centreOn(qint64 personId);
    /** Where a person is drawn, in widget pixels; null when they are not in the picture. */
    QPointF screenPosition(qint64 personId) const;
    /** Paints exactly what the view shows onto any device (PNG, SVG) of the view's size. */
    void render(QPainter& painter) const;
    void setDraggable(bool draggable) { m_draggable = draggable; }

public slots:
    void fitToView();
    void zoomBy(double factor);

signals:
    void selectionChanged(qint64 personId); // 0: none
    void nodeMoved(qint64 personId, QPointF layoutPosition);
    void viewChanged(double scale, QPointF offset);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    int nodeAt(const QPointF& screen) const;
    void zoomAbout(double factor, const QPointF& anchor);
    void gesture(QGestureEvent* event);
    double computeFitScale(QPointF* offset) const;
    void emitView();

    NetworkPicture m_picture;
    NetworkViewState m_state;
    bool m_hasView = false;
    bool m_draggable = true;
    int m_pressedNode = -1;
    QPointF m_pressPos;
    QPointF m_lastPos;
    bool m_moved = false;
};

} // namespace steward
