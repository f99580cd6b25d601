extension Array {
    /// The same elements in an array of their size, when this one has much spare room: an array grown by
    /// doubling holds up to twice its elements, and an article keeps its tokens, sentences, names and time
    /// expressions for as long as it is shown (the copy is made only when the room is over an eighth).
    func withoutSpareCapacity() -> [Element] {
        guard capacity > count + count / 8 else { return self }
        var exact: [Element] = []
        exact.reserveCapacity(count)
        exact += self
        return exact
    }
}
