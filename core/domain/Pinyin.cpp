#include "Pinyin.h"

#include <memory>
#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace {
icu::Transliterator *transliterator()
{
    thread_local std::unique_ptr<icu::Transliterator> t = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> created(icu::Transliterator::createInstance(
            icu::UnicodeString::fromUTF8("Han-Latin; Latin-ASCII; Lower"), UTRANS_FORWARD, status));
        return U_SUCCESS(status) ? std::move(created) : nullptr;
    }();
    return t.get();
}
} // namespace

namespace Pinyin {

QStringList syllables(const QString &text)
{
    icu::Transliterator *t = transliterator();
    if (!t || text.isEmpty())
        return {};
    QStringList out;
    // Character by character, so every Han character gives exactly one syllable
    QString latinRun;
    auto flushLatin = [&] {
        if (!latinRun.isEmpty())
            out << latinRun.toLower();
        latinRun.clear();
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber() && c.unicode() < 0x2E80) {
            latinRun += c;
            continue;
        }
        flushLatin();
        if (c.unicode() < 0x3400)
            continue; // punctuation, spaces, CJK symbols
        icu::UnicodeString u(static_cast<UChar>(c.unicode()));
        t->transliterate(u);
        std::string utf8;
        u.toUTF8String(utf8);
        const QString s = QString::fromUtf8(utf8.c_str()).trimmed();
        if (!s.isEmpty() && s.at(0).isLetter() && s.at(0).unicode() < 128)
            out << s;
    }
    flushLatin();
    return out;
}

QString full(const QString &text)
{
    return syllables(text).join(QString());
}

QString initials(const QString &text)
{
    QString out;
    for (const QString &s : syllables(text))
        out += s.at(0);
    return out;
}

} // namespace Pinyin
