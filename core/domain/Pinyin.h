#pragma once

#include <QString>
#include <QStringList>

// Pinyin of Chinese text through ICU's Han-Latin transliterator, so that a clerk can find 张伟 by typing
// "zhangwei" or "zw". One transliterator per thread (ICU's are not thread-safe).
namespace Pinyin {
// Lower-case syllables without tones: "张伟" → {"zhang", "wei"}; Latin letters and digits pass through.
QStringList syllables(const QString &text);
// "zhangwei"
QString full(const QString &text);
// "zw"
QString initials(const QString &text);
} // namespace Pinyin
