#pragma once

#include "domain/Command.h"

#include <exception>

// Thrown inside the command processor to reject the command being applied; caught by apply(), which rolls back.
class Rejection : public std::exception
{
public:
    Rejection(const QString &field, const QString &message) : m_error{field, message} {}
    const CommandError &error() const { return m_error; }
    const char *what() const noexcept override { return "command rejected"; }

private:
    CommandError m_error;
};
