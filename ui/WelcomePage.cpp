// SPDX-License-Identifier: GPL-3.0-or-later
#include "WelcomePage.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace steward {

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto* title = new QLabel(tr("Welcome to Steward"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* intro = new QLabel(tr("Steward keeps the people, communities of practice and participation levels of "
                                "your organisation in one workspace file. Create one, open one, or look around "
                                "in a sample community."),
                             this);
    intro->setWordWrap(true);

    auto* newButton = new QPushButton(tr("&New Workspace…"), this);
    newButton->setObjectName(QStringLiteral("newWorkspaceButton"));
    auto* openButton = new QPushButton(tr("&Open Workspace…"), this);
    openButton->setObjectName(QStringLiteral("openWorkspaceButton"));
    auto* sampleButton = new QPushButton(tr("Open &Sample Community"), this);
    sampleButton->setObjectName(QStringLiteral("openSampleButton"));
    connect(newButton, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(openButton, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(sampleButton, &QPushButton::clicked, this, &WelcomePage::sampleRequested);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addWidget(sampleButton);
    buttons->addStretch(1);

    auto* recentTitle = new QLabel(tr("Recent workspaces"), this);
    m_recentList = new QListWidget(this);
    m_recentList->setObjectName(QStringLiteral("recentFilesListWidget"));
    m_recentList->setMaximumHeight(m_recentList->fontMetrics().height() * 12);
    connect(m_recentList, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        emit recentFileRequested(item->data(Qt::UserRole).toString());
    });

    auto* column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(intro);
    column->addSpacing(12);
    column->addLayout(buttons);
    column->addSpacing(24);
    column->addWidget(recentTitle);
    column->addWidget(m_recentList);
    column->addStretch(1);

    // A readable column in the middle of a wide window.
    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(24, 32, 24, 24);
    outer->addStretch(1);
    outer->addLayout(column, 4);
    outer->addStretch(1);
    setRecentFiles({});
}

void WelcomePage::setRecentFiles(const QStringList& paths)
{
    m_recentList->clear();
    for (const QString& path : paths) {
        const QFileInfo info(path);
        auto* item = new QListWidgetItem(
            tr("%1    %2").arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath())), m_recentList);
        item->setData(Qt::UserRole, path);
    }
    if (paths.isEmpty()) {
        auto* item = new QListWidgetItem(tr("No recent workspaces"), m_recentList);
        item->setFlags(Qt::NoItemFlags);
    }
}

} // namespace steward
