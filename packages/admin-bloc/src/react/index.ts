// The react entry of admin-bloc; its exports are listed here explicitly.
export {};
