#pragma once

#include <QCoreApplication>
#include <QString>

// R1: a phone number must be a real Chinese mobile or landline (area code, optional extension). Stored in
// E.164 ("+8613812345678"), an extension as ";ext=123".
class PhoneNumbers
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumbers)
public:
    // Returns the normalised number, or an empty string with `error` saying what is wrong.
    static QString normalize(const QString &text, QString *error);
    // Digits a clerk would dial inside China: "138 1234 5678", "010 1234 5678 转 123".
    static QString display(const QString &e164);
};
