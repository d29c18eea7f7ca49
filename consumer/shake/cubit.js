// One export of the headless entry: the bundle must hold the core's Cubit and nothing of the contract.
import { Cubit } from 'admin-bloc';

const counter = new Cubit(0);
counter.emit(1);
console.log(counter.state);
