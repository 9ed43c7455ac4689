// SPDX-License-Identifier: GPL-3.0-or-later
#include "SafeMarkdown.h"

#include <QRegularExpression>
#include <QTextDocument>

namespace steward {

namespace {

const QRegularExpression& htmlTag()
{
    static const QRegularExpression pattern(
        QStringLiteral("</?[A-Za-z][A-Za-z0-9-]*(\\s[^<>]*)?/?>|<!--|<\\?|<!\\[CDATA\\["));
    return pattern;
}

} // namespace

bool SafeMarkdown::containsRawHtml(const QString& markdown)
{
    return htmlTag().match(markdown).hasMatch();
}

QString SafeMarkdown::neutralised(const QString& markdown)
{
    QString text = markdown;
    // "![alt](src)" would make QTextDocument load src (a local file, or a resource): keep "alt (src)" as text.
    static const QRegularExpression image(QStringLiteral("!\\[([^\\]]*)\\]\\(([^)]*)\\)"));
    text.replace(image, QStringLiteral("\\1 (\\2)"));
    // Reference-style images ("![alt][ref]") lose their "!" for the same reason.
    static const QRegularExpression referenceImage(QStringLiteral("!\\[([^\\]]*)\\]\\["));
    text.replace(referenceImage, QStringLiteral("[\\1]["));
    return text;
}

void SafeMarkdown::render(QTextDocument& document, const QString& markdown)
{
    // MarkdownNoHTML: md4c treats any raw HTML left as plain text.
    document.setMarkdown(
        neutralised(markdown),
        QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));
}

} // namespace steward
