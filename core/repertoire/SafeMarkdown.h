// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QTextDocument;

namespace steward {

/**
 * Shows artefact Markdown without running or fetching anything: raw HTML is shown as text, images
 * become their description (so no file or URL is ever loaded), links stay text with their address.
 */
class SafeMarkdown
{
public:
    /** Sets the document's content from Markdown with the rules above. */
    static void render(QTextDocument& document, const QString& markdown);
    /** The Markdown with images turned into plain text (raw HTML is left to render(), which shows it as text). */
    static QString neutralised(const QString& markdown);
    /** True when the text holds something that looks like an HTML tag or comment. */
    static bool containsRawHtml(const QString& markdown);
};

} // namespace steward
