// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <optional>

class QGroupBox;
class QTableWidget;
class QWidget;

namespace steward::pathwaytables {

/** A read-only, row-selecting table with these headers, named for tests. */
QTableWidget* table(QWidget* parent, const QString& name, const QStringList& headers);
/** Appends a row of text cells, each carrying `id` under Qt::UserRole. */
void appendRow(QTableWidget* table, const QStringList& cells, qint64 id = 0);
/** Days as a whole number in the locale, or a dash when unknown. */
QString days(const std::optional<double>& value);
QGroupBox* box(QWidget* parent, const QString& title, QWidget* content);

} // namespace steward::pathwaytables
